package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.access.Users;
import no.gevinst.plan.GateCheck;
import no.gevinst.plan.PhaseGates;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gate to a programme's next phase: the checklist of what the method demands with the benefits that fall
 * short, the decision to move on regardless, and the decisions taken at earlier gates. A refused decision is shown
 * again with what was typed and why (422); the programme has no version the gate reads, so there is no stale case.
 */
@Controller
class PhaseGatePageController {

    private final PhaseGates gates;
    private final Programmes programmes;

    private final Users users;

    PhaseGatePageController(PhaseGates gates, Programmes programmes, Users users) {
        this.users = users;
        this.gates = gates;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/phase-gate")
    String page(@PathVariable ProgrammeId id, Model model) {
        if (!model.containsAttribute("gate")) {
            model.addAttribute("gate", new GateForm());
        }
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        GateCheck check = gates.check(id);
        model.addAttribute("programme", programme);
        model.addAttribute("check", check);
        var decisions = gates.decisions(id);
        model.addAttribute("decisions", decisions);
        // Gate decisions keep who took them by user name; the page names them in full.
        model.addAttribute(
                "fullNames",
                users.displayNames(decisions.stream()
                        .map(no.gevinst.plan.GateDecision::decidedBy)
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("canAdvance", !check.atEnd() && programmes.canCoordinate(id));
        return "plan/phase-gate";
    }

    @PostMapping("/programmes/{id}/phase-gate")
    String advance(
            @PathVariable ProgrammeId id,
            @ModelAttribute("gate") GateForm gate,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return new FormPost(binding, redirect, response)
                .flashedAs("movedTo")
                .fields(field -> "decision".equals(field) ? field : null)
                .save(
                        () -> gates.advance(id, gate.getDecision()),
                        moved -> moved.currentPhase().messageKey(),
                        moved -> "/programmes/" + id,
                        null,
                        () -> page(id, model));
    }
}
