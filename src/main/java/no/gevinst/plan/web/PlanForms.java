package no.gevinst.plan.web;

import java.util.List;
import no.gevinst.plan.PlanId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a form on the plan page sits: the anchor to go back to, the name its faults are flashed under and the name
 * what was typed is kept under (null for forms with nothing typed to keep).
 */
record PlanForms(String anchor, String errors, String inputName) {

    static final PlanForms STATUS = new PlanForms("#status", "versionErrors", null);
    static final PlanForms PROSE = new PlanForms("#prose", "versionErrors", "sectionsInput");
    static final PlanForms APPROVAL = new PlanForms("#status", "versionErrors", "approvalInput");
    static final PlanForms DRAFT = new PlanForms("#status", "versionErrors", "draftReason");
    static final PlanForms MEASURE = new PlanForms("#measures", "measureErrors", "measureInput");
    static final PlanForms RISK = new PlanForms("#risks", "riskErrors", "riskInput");

    /** The same place, with nothing typed to keep: the removal buttons beside the form. */
    PlanForms removal() {
        return new PlanForms(anchor, errors, null);
    }

    /**
     * Runs a write and goes back to the plan. Refused input is shown where it was typed, with what was typed kept
     * (flashed under {@code inputName}) so that nothing is lost.
     */
    String act(PlanId plan, RedirectAttributes redirect, String saved, Runnable write, Object input) {
        try {
            write.run();
            redirect.addFlashAttribute("saved", saved);
        } catch (InvalidInputException e) {
            refused(redirect, e.violations(), input);
        } catch (VersionConflictException e) {
            // Someone else changed it since the page was read: say so where the user acted, and keep what was typed.
            refused(redirect, List.of(FieldViolation.of("version", "version.conflict")), input);
        }
        return "redirect:/plans/" + plan + anchor;
    }

    private void refused(RedirectAttributes redirect, List<FieldViolation> violations, Object input) {
        redirect.addFlashAttribute(errors, violations);
        if (inputName != null) {
            redirect.addFlashAttribute(inputName, input);
        }
    }
}
