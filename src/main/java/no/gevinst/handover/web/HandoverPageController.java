package no.gevinst.handover.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.Handovers;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A benefit's handover to the line: what is handed over, the coordinator's proposal form, and the receiver's accept
 * and decline buttons (shown to the receiver only).
 */
@Controller
class HandoverPageController {

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
        return page(id, model, null, null);
    }

    /**
     * The page, with the proposal and the answer forms as given (a refused one with what was typed and its errors),
     * or as the current handover fills them.
     */
    private String page(BenefitId id, Model model, @Nullable HandoverForm proposal, @Nullable AnswerForm answer) {
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
        model.addAttribute("proposal", proposal != null ? proposal : HandoverForm.of(current.orElse(null)));
        model.addAttribute(
                "answer",
                answer != null
                        ? answer
                        : AnswerForm.of(current.map(Handover::version).orElse(0L)));
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
            @ModelAttribute("proposal") HandoverForm proposal,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        HandoverApiController.requireProposer(handovers, id);
        return new FormPost(binding, redirect, response)
                .flashedAs("proposed")
                .fields(HandoverPageController::proposalField)
                .save(
                        () -> handovers.propose(id, proposal.toCommand()),
                        true,
                        "/benefits/" + id + "/handover",
                        null,
                        () -> page(id, model, proposal, null));
    }

    @PostMapping("/benefits/{id}/handover/accept")
    String accept(
            @PathVariable BenefitId id,
            @ModelAttribute("answer") AnswerForm answer,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireReceiver(id);
        return answered(
                id,
                answer,
                binding,
                model,
                redirect,
                response,
                "ACCEPTED",
                () -> handovers.accept(id, answer.expectedVersion()));
    }

    @PostMapping("/benefits/{id}/handover/decline")
    String decline(
            @PathVariable BenefitId id,
            @ModelAttribute("answer") AnswerForm answer,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        requireReceiver(id);
        return answered(
                id,
                answer,
                binding,
                model,
                redirect,
                response,
                "DECLINED",
                () -> handovers.decline(id, answer.getReason(), answer.expectedVersion()));
    }

    /** Writes the receiver's answer; refused, the page again with the reason as typed and why (422, 409). */
    private String answered(
            BenefitId id,
            AnswerForm answer,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            String decided,
            Runnable write) {
        return new FormPost(binding, redirect, response)
                .flashedAs("decided")
                .fields(field -> "reason".equals(field) ? field : null)
                .save(write, decided, "/benefits/" + id + "/handover", null, () -> page(id, model, null, answer));
    }

    /** The proposal's fields as the form names them; the version has no field of its own, so it goes to the summary. */
    private static @Nullable String proposalField(String field) {
        return "receiverId".equals(field) || "handoverDate".equals(field) ? field : null;
    }

    /** Rights before the input: whoever is not the receiver learns nothing from what is wrong with the form. */
    private void requireReceiver(BenefitId id) {
        Handover current = handovers.current(id).orElseThrow(() -> new NotFoundException("handover of benefit", id));
        if (!handovers.isReceiver(current)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the receiver decides");
        }
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
