package no.gevinst.benefit.web;

import java.util.List;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's forms for sharing a benefit with another programme, accepting or ending a share, and merging another
 * benefit into this one. Each answers on the profile, with what was wrong beside the form it came from.
 */
@Controller
class SharingPageController {

    private final BenefitSharing sharing;

    SharingPageController(BenefitSharing sharing) {
        this.sharing = sharing;
    }

    @PostMapping("/benefits/{id}/shares")
    String propose(
            @PathVariable BenefitId id,
            @RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "share", required = false) String share,
            RedirectAttributes redirect) {
        return answer(id, redirect, "shared", () -> sharing.propose(id, programme, share));
    }

    @PostMapping("/benefits/{id}/shares/{programme}/accept")
    String accept(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        return answer(id, redirect, "shareAccepted", () -> sharing.accept(id, programme, required(version)));
    }

    @PostMapping("/benefits/{id}/shares/{programme}/end")
    String end(
            @PathVariable BenefitId id,
            @PathVariable ProgrammeId programme,
            @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        return answer(id, redirect, "shareEnded", () -> sharing.end(id, programme, required(version)));
    }

    @PostMapping("/benefits/{id}/merges")
    String merge(
            @PathVariable BenefitId id,
            @RequestParam(name = "mergedCode", required = false) String mergedCode,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "decisionReference", required = false) String decisionReference,
            @RequestParam(name = "version", required = false) Long version,
            RedirectAttributes redirect) {
        return answer(
                id,
                redirect,
                "merged",
                () -> sharing.merge(id, mergedCode, reason, decisionReference, required(version)));
    }

    /** Refusals of rights are left to the error pages (403); what was wrong with the form goes back to the profile. */
    private static String answer(BenefitId id, RedirectAttributes redirect, String done, Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute("sharingDone", "sharing.done." + done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("sharingErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("sharingErrors", List.of(FieldViolation.of("version", "version.conflict")));
        }
        return "redirect:/benefits/" + id + "#sharing-heading";
    }

    private static long required(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "version.required");
        }
        return version;
    }
}
