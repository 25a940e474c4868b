package no.gevinst.handover.web;

import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.HandoverInput;
import no.gevinst.handover.Handovers;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A benefit's handover to the line: what is handed over, the coordinator's proposal form, and the receiver's accept
 * and decline buttons (shown to the receiver only).
 */
@Controller
class HandoverPageController {

    private static final FieldViolation CONFLICT = FieldViolation.of("version", "version.conflict");

    private final Handovers handovers;
    private final Benefits benefits;
    private final People people;
    private final Organisations organisations;

    HandoverPageController(Handovers handovers, Benefits benefits, People people, Organisations organisations) {
        this.handovers = handovers;
        this.benefits = benefits;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/benefits/{id}/handover")
    String page(@PathVariable BenefitId id, Model model) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        List<Handover> history = handovers.history(id);
        Optional<Handover> current = handovers.current(id);
        boolean canPropose = handovers.canPropose(id);
        model.addAttribute("benefit", benefit);
        model.addAttribute("handover", current.orElse(null));
        model.addAttribute("history", history);
        model.addAttribute(
                "canPropose", canPropose && current.map(h -> !h.isAccepted()).orElse(true));
        model.addAttribute("canDecide", current.map(handovers::canDecide).orElse(false));
        model.addAttribute("receivers", canPropose ? handovers.receivers(id) : List.of());
        model.addAttribute("names", names(history));
        model.addAttribute(
                "organisationNames",
                organisations
                        .findAll(history.stream().map(Handover::organisation).toList())
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.name())));
        return "handover/page";
    }

    @PostMapping("/benefits/{id}/handover")
    String propose(
            @PathVariable BenefitId id,
            @RequestParam(required = false) String receiverId,
            @RequestParam(required = false) String handoverDate,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            handovers.propose(id, new HandoverInput(receiverId, handoverDate, version));
            redirect.addFlashAttribute("proposed", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("proposeErrors", e.violations());
            redirect.addFlashAttribute("receiverId", receiverId);
            redirect.addFlashAttribute("handoverDate", handoverDate);
        } catch (VersionConflictException e) {
            // Someone else changed it since the page was read: say so where the user acted, and keep what was typed.
            redirect.addFlashAttribute("proposeErrors", List.of(CONFLICT));
            redirect.addFlashAttribute("receiverId", receiverId);
            redirect.addFlashAttribute("handoverDate", handoverDate);
        }
        return "redirect:/benefits/" + id + "/handover";
    }

    @PostMapping("/benefits/{id}/handover/accept")
    String accept(
            @PathVariable BenefitId id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        requireReceiver(id);
        try {
            handovers.accept(id, requireVersion(version));
            redirect.addFlashAttribute("decided", "ACCEPTED");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("answerErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("answerErrors", List.of(CONFLICT));
        }
        return "redirect:/benefits/" + id + "/handover";
    }

    @PostMapping("/benefits/{id}/handover/decline")
    String decline(
            @PathVariable BenefitId id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        requireReceiver(id);
        try {
            handovers.decline(id, reason, requireVersion(version));
            redirect.addFlashAttribute("decided", "DECLINED");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("answerErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("answerErrors", List.of(CONFLICT));
        }
        return "redirect:/benefits/" + id + "/handover";
    }

    /** Rights before the input: whoever is not the receiver learns nothing from what is wrong with the form. */
    private void requireReceiver(BenefitId id) {
        Handover current = handovers.current(id).orElseThrow(() -> new NotFoundException("handover of benefit", id));
        if (!handovers.isReceiver(current)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the receiver decides");
        }
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "version.required");
        }
        return version;
    }

    private java.util.Map<PersonId, Person> names(List<Handover> history) {
        java.util.Set<PersonId> ids = new java.util.HashSet<>();
        history.forEach(h -> {
            ids.add(h.receiver());
            h.snapshot().measures().stream()
                    .filter(m -> m.responsible() != null)
                    .forEach(m -> ids.add(new PersonId(m.responsible())));
        });
        return people.findAll(ids);
    }
}
