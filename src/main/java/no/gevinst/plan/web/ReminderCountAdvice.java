package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import no.gevinst.access.AccessPolicy;
import no.gevinst.plan.Reminders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of reminders on the start page. The start page belongs to the organisation module, which plans depend
 * on, so the count is added from here; and only there, since counting costs a few queries that every other page
 * would pay for nothing (the navigation links to the reminders without a count).
 */
@ControllerAdvice(annotations = Controller.class)
class ReminderCountAdvice {

    private final Reminders reminders;
    private final AccessPolicy access;

    ReminderCountAdvice(Reminders reminders, AccessPolicy access) {
        this.reminders = reminders;
        this.access = access;
    }

    @ModelAttribute("reminderCount")
    Integer reminderCount(HttpServletRequest request) {
        boolean startPage = "GET".equals(request.getMethod())
                && "/"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
        if (!startPage || access.currentUser().isEmpty()) {
            return null;
        }
        return reminders.forCurrentUser(LocalDate.now()).size();
    }
}
