package no.gevinst.benefit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's forms for sharing a benefit with another programme, accepting or ending a share, and merging another
 * benefit into this one. Saved, back to the profile with the confirmation; refused, the profile again with what was
 * typed and the error beside its field (422), or told that the record changed since it was read (409).
 */
@Controller
class SharingPageController {

    private static final Set<String> SHARE_FIELDS = Set.of("programme", "share");
    private static final Set<String> MERGE_FIELDS = Set.of("mergedCode", "decisionReference", "reason");

    private final BenefitSharing sharing;
    private final ProfilePage profile;

    SharingPageController(BenefitSharing sharing, ProfilePage profile) {
        this.sharing = sharing;
        this.profile = profile;
    }

    /** What a sharing form's request brings: the model to show the profile again in, the redirect and the status. */
    private record Answer(Model model, RedirectAttributes redirect, HttpServletResponse response) {}

    @PostMapping("/benefits/{id}/shares")
    String propose(
            @PathVariable BenefitId id,
            @ModelAttribute(ProfilePage.SHARE_FORM) ShareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return answer(
                id,
                new Answer(model, redirect, response),
                binding,
                "shared",
                () -> sharing.propose(id, form.getProgramme(), form.getShare()),
                SHARE_FIELDS);
    }

    @PostMapping("/benefits/{id}/shares/{programme}/accept")
    String accept(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @ModelAttribute(ProfilePage.ANSWER_FORM) ShareAnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return answer(
                id,
                new Answer(model, redirect, response),
                binding,
                "shareAccepted",
                () -> sharing.accept(id, programme, form.expectedVersion()),
                Set.of());
    }

    @PostMapping("/benefits/{id}/shares/{programme}/end")
    String end(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @ModelAttribute(ProfilePage.ANSWER_FORM) ShareAnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return answer(
                id,
                new Answer(model, redirect, response),
                binding,
                "shareEnded",
                () -> sharing.end(id, programme, form.expectedVersion()),
                Set.of());
    }

    @PostMapping("/benefits/{id}/merges")
    String merge(
            @PathVariable BenefitId id,
            @ModelAttribute(ProfilePage.MERGE_FORM) MergeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return answer(
                id,
                new Answer(model, redirect, response),
                binding,
                "merged",
                () -> sharing.merge(
                        id,
                        form.getMergedCode(),
                        form.getReason(),
                        form.getDecisionReference(),
                        form.expectedVersion()),
                MERGE_FIELDS);
    }

    /**
     * Writes, and answers the profile with the confirmation; refused, the profile itself with the form as sent and
     * its errors, a violation of a field the form shows beside it, any other (the version) in the form's summary.
     * Refusals of rights are left to the error pages (403): the forms are offered only to those who may send them.
     */
    private String answer(
            BenefitId id, Answer answer, BindingResult binding, String done, Runnable write, Set<String> fields) {
        return new FormPost(binding, answer.redirect(), answer.response())
                .flashedAs("sharingDone")
                .fields(field -> shown(fields, field))
                .save(
                        write,
                        "sharing.done." + done,
                        "/benefits/" + id + "#sharing-heading",
                        null,
                        () -> profile.show(id, answer.model()));
    }

    private static @Nullable String shown(Set<String> fields, String field) {
        return fields.contains(field) ? field : null;
    }
}
