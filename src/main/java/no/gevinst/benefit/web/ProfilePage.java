package no.gevinst.benefit.web;

import no.gevinst.access.Users;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The benefit profile's model, for its page and for the forms that answer on it: a refused share, merge, answer or
 * move through the lifecycle comes back on the profile itself (422, 409) with what was typed, so the forms given in the model are kept
 * and only the missing ones are filled in empty.
 */
@Component
class ProfilePage {

    static final String VIEW = "benefit/profile";
    static final String SHARE_FORM = "shareForm";
    static final String MERGE_FORM = "mergeForm";
    static final String ANSWER_FORM = "shareAnswer";
    static final String STATUS_FORM = "statusForm";

    private final Benefits benefits;
    private final RegisterLookups lookups;
    private final AuditLog auditLog;
    private final Users users;
    private final SharingPanel sharing;

    ProfilePage(Benefits benefits, RegisterLookups lookups, AuditLog auditLog, Users users, SharingPanel sharing) {
        this.benefits = benefits;
        this.lookups = lookups;
        this.auditLog = auditLog;
        this.users = users;
        this.sharing = sharing;
    }

    /** Fills the model for the profile of the benefit and answers the view's name. */
    String show(BenefitId id, Model model) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        model.addAttribute("benefit", benefit);
        model.addAttribute("names", lookups.names());
        // Where the indicators stand is computed once, and the warnings are judged from it.
        var measurements = benefits.measurements(benefit);
        model.addAttribute("warnings", benefits.warnings(benefit, measurements));
        model.addAttribute("measurements", measurements);
        var statusHistory = benefits.statusHistory(id);
        var changes = auditLog.history("benefit", id).reversed();
        model.addAttribute("statusHistory", statusHistory);
        model.addAttribute("changes", changes);
        // Who did what is stored by user name; the page names them in full.
        model.addAttribute(
                "fullNames",
                users.displayNames(java.util.stream.Stream.concat(
                                statusHistory.stream().map(no.gevinst.benefit.StatusChange::changedBy),
                                changes.stream().map(no.gevinst.audit.AuditEntry::actor))
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("canEdit", benefits.canEdit(benefit));
        model.addAttribute("nextSteps", nextSteps(benefit));
        model.addAttribute("sharing", sharing.of(benefit));
        addSharingForms(model, benefit);
        return VIEW;
    }

    /** The profile's forms: the refused one as sent, the others empty (the merge at the version shown). */
    private static void addSharingForms(Model model, Benefit benefit) {
        if (!model.containsAttribute(SHARE_FORM)) {
            model.addAttribute(SHARE_FORM, new ShareForm());
        }
        if (!model.containsAttribute(MERGE_FORM)) {
            model.addAttribute(MERGE_FORM, MergeForm.of(benefit.version()));
        }
        if (!model.containsAttribute(ANSWER_FORM)) {
            model.addAttribute(ANSWER_FORM, new ShareAnswerForm());
        }
        if (!model.containsAttribute(STATUS_FORM)) {
            model.addAttribute(STATUS_FORM, new StatusForm());
        }
    }

    /** Each status the benefit may move to next, with what it still lacks for it (empty when ready). */
    private static java.util.Map<BenefitStatus, java.util.List<String>> nextSteps(Benefit benefit) {
        java.util.Map<BenefitStatus, java.util.List<String>> steps = new java.util.LinkedHashMap<>();
        benefit.status().next().stream()
                .filter(s -> s != BenefitStatus.ABANDONED)
                .sorted()
                .forEach(s -> steps.put(s, benefit.missingFor(s)));
        return steps;
    }
}
