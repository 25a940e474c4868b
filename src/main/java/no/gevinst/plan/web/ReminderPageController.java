package no.gevinst.plan.web;

import no.gevinst.plan.Reminders;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The user's reminders across the programmes they may see. */
@Controller
class ReminderPageController {

    private final Reminders reminders;

    ReminderPageController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reminders")
    String reminders(Model model) {
        model.addAttribute("reminders", reminders.forCurrentUser(NorwegianTime.today()));
        return "plan/reminders";
    }
}
