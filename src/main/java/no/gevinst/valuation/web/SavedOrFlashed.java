package no.gevinst.valuation.web;

import java.util.List;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a write of one of the valuation page's forms, which answer with a redirect back to the page (their
 * fields are spread over the page, so the page is shown again whole): saved, the page says what was saved; refused
 * for bad input or for a version someone else changed, the form's own list of faults names why.
 */
final class SavedOrFlashed {

    /** What a form says when someone else saved first: reload and make the change again. */
    static final List<FieldViolation> CONFLICT = List.of(FieldViolation.of("version", "version.conflict"));

    private SavedOrFlashed() {}

    /**
     * @param faults the flash attribute the form lists its faults from
     * @param savedKey the message that says what was saved
     * @return true when the write was saved
     */
    static boolean saved(Runnable write, RedirectAttributes redirect, String faults, String savedKey) {
        try {
            write.run();
            redirect.addFlashAttribute("saved", savedKey);
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(faults, e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute(faults, CONFLICT);
        }
        return false;
    }
}
