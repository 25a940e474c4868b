package no.gevinst.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.gevinst.plan.Releases;
import no.gevinst.plan.Reminders;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Follow-up", description = "The plan followed up per release or sprint, and the user's reminders")
class FollowUpApiController {

    private final Releases releases;
    private final Reminders reminders;

    FollowUpApiController(Releases releases, Reminders reminders) {
        this.releases = releases;
        this.reminders = reminders;
    }

    @GetMapping("/api/v1/programmes/{id}/releases")
    @Operation(summary = "The releases and sprints of the programme's benefit map, the earliest planned first")
    List<Releases.Summary> releases(@PathVariable ProgrammeId id) {
        return releases.releases(id);
    }

    @GetMapping("/api/v1/programmes/{id}/releases/view")
    @Operation(
            summary = "One release: what it delivers, the benefits that leads to and the plans' measures serving them")
    Releases.ReleaseView release(@PathVariable ProgrammeId id, @RequestParam String name) {
        return releases.release(id, name);
    }

    @GetMapping("/api/v1/reminders")
    @Operation(
            summary = "The user's reminders: measurements due, measures past their deadline, plan versions awaiting"
                    + " approval; the overdue first")
    List<Reminders.Reminder> reminders() {
        return reminders.forCurrentUser(NorwegianTime.today());
    }
}
