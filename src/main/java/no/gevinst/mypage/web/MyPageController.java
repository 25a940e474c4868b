package no.gevinst.mypage.web;

import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.mypage.domain.MyPageService;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, each user's own ("Min side"). */
@Controller
class MyPageController {

    private final MyPageService myPage;
    private final AccessPolicy access;

    MyPageController(MyPageService myPage, AccessPolicy access) {
        this.myPage = myPage;
        this.access = access;
    }

    @GetMapping("/")
    String myPage(Model model) {
        CurrentUser user = access.currentUser().orElseThrow();
        model.addAttribute("my", myPage.of(user, NorwegianTime.today()));
        return "mypage/index";
    }
}
