package no.gevinst.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import no.gevinst.access.Users;
import no.gevinst.access.domain.AccessReview;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The access review: every grant in the reader's scope, as a page and as CSV, and the withdrawal of stale grants
 * after a confirmation that lists exactly what will be withdrawn.
 */
@Controller
class AccessReviewPageController {

    private final AccessReview review;
    private final Users users;

    AccessReviewPageController(AccessReview review, Users users) {
        this.review = review;
        this.users = users;
    }

    @GetMapping("/admin/access-review")
    String page(@RequestParam(required = false) String days, Model model) {
        int staleDays = days(days);
        List<AccessReview.Row> rows = review.grants(staleDays);
        model.addAttribute("rows", rows);
        model.addAttribute("granters", granterNames(rows));
        model.addAttribute("days", staleDays);
        model.addAttribute(
                "staleCount", rows.stream().filter(AccessReview.Row::stale).count());
        model.addAttribute("zone", NorwegianTime.zone());
        return "access/access-review";
    }

    @GetMapping("/admin/access-review.csv")
    void csv(@RequestParam(required = false) String days, HttpServletResponse response) throws IOException {
        List<AccessReview.Row> rows = review.grants(days(days));
        Attachments.start(response, Attachments.CSV_VALUE, "tilgangsgjennomgang.csv");
        AccessReviewCsv.write(rows, granterNames(rows), response.getWriter());
    }

    @GetMapping("/admin/access-review/stale")
    String confirm(@RequestParam(required = false) String days, Model model) {
        int staleDays = days(days);
        List<AccessReview.Row> rows = review.stale(staleDays);
        model.addAttribute("rows", rows);
        model.addAttribute("days", staleDays);
        model.addAttribute("zone", NorwegianTime.zone());
        return "access/access-review-stale";
    }

    @PostMapping("/admin/access-review/stale")
    String withdraw(
            @RequestParam(required = false) String days,
            @RequestParam(name = "grant", required = false) List<String> grants,
            RedirectAttributes redirect) {
        int staleDays = days(days);
        List<UUID> chosen = grants == null
                ? List.of()
                : grants.stream()
                        .map(g -> no.gevinst.shared.Ids.parse(g, java.util.function.Function.<UUID>identity())
                                .orElseThrow(() -> InvalidInputException.of("grant", "value.invalid")))
                        .toList();
        int withdrawn = review.withdrawStale(staleDays, chosen);
        redirect.addFlashAttribute("withdrawn", withdrawn);
        return "redirect:/admin/access-review?days=" + staleDays;
    }

    private Map<String, String> granterNames(List<AccessReview.Row> rows) {
        return users.displayNames(rows.stream()
                .map(r -> r.grant().grantedBy())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The days without sign-in that make a grant stale: 180 unless the reader chose otherwise. */
    private static int days(String text) {
        if (text == null || text.isBlank()) {
            return AccessReview.DEFAULT_STALE_DAYS;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("days", "users.review.days", 1, AccessReview.MAX_STALE_DAYS);
        }
    }
}
