package no.gevinst.decision.web;

import jakarta.validation.Validator;
import java.util.List;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import no.gevinst.decision.Decisions;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FormShape;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's board decisions: the list with the one in force and the form that records a new one, and each
 * decision with its targets, the sum of the organisations' kroner beside the programme's target, the forms that set
 * targets, and the organisations' appendices to the oppdragsdokument.
 */
@Controller
class BoardDecisionPageController {

    /** What a form says when someone else saved first: reload and make the change again. */
    private static final List<FieldViolation> CONFLICT = List.of(FieldViolation.of("version", "version.conflict"));

    private final Decisions decisions;
    private final Programmes programmes;
    private final BoardDecisionPageModel pageModel;
    private final Validator validator;

    BoardDecisionPageController(
            Decisions decisions, Programmes programmes, BoardDecisionPageModel pageModel, Validator validator) {
        this.decisions = decisions;
        this.programmes = programmes;
        this.pageModel = pageModel;
        this.validator = validator;
    }

    @GetMapping("/programmes/{id}/decisions")
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = programme(id);
        List<BoardDecision> all = decisions.of(id);
        model.addAttribute("programme", programme);
        model.addAttribute("decisions", all);
        model.addAttribute(
                "inForce",
                all.stream().filter(BoardDecision::inForce).findFirst().orElse(null));
        model.addAttribute("canDecide", decisions.canDecide(id));
        return "decision/list";
    }

    @PostMapping("/programmes/{id}/decisions")
    String record(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "decidingBody", required = false) String decidingBody,
            @RequestParam(name = "decidedOn", required = false) String decidedOn,
            @RequestParam(name = "caseNumber", required = false) String caseNumber,
            @RequestParam(name = "documentReference", required = false) String documentReference,
            @RequestParam(name = "summary", required = false) String summary,
            @RequestParam(name = "carryTargets", required = false) String carryTargets,
            @RequestParam(name = "inForceVersion", required = false) String inForceVersion,
            RedirectAttributes redirect) {
        // Rights first: a user who may not decide learns nothing from what is wrong with the form.
        decisions.requireMayDecide(id);
        DecisionInput input =
                new DecisionInput(decidingBody, decidedOn, caseNumber, documentReference, summary, carryTargets, null);
        try {
            FormShape.check(validator, input);
            BoardDecision recorded = decisions.record(id, withVersion(input, inForceVersion));
            redirect.addFlashAttribute("saved", "decision.saved.recorded");
            return "redirect:/programmes/" + id + "/decisions/" + recorded.number();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("decisionErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("decisionErrors", CONFLICT);
        }
        redirect.addFlashAttribute("typed", input);
        return "redirect:/programmes/" + id + "/decisions#record-heading";
    }

    @GetMapping("/programmes/{id}/decisions/{number}")
    String decision(@PathVariable ProgrammeId id, @PathVariable int number, Model model) {
        Programme programme = programme(id);
        BoardDecision decision = decisions.find(id, number);
        model.addAttribute("programme", programme);
        model.addAttribute("decision", decision);
        model.addAttribute("sums", decisions.sums(id, number));
        model.addAttribute("canChange", decision.inForce() && decisions.canDecide(id));
        pageModel.fill(programme, decision, model);
        return "decision/page";
    }

    @PostMapping("/programmes/{id}/decisions/{number}/economic-targets")
    String setEconomicTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute EconomicTargetInput input,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return changeTargets(
                new TargetForm(id, number, "economic", "decision.saved.economic", "typedEconomic", input),
                version,
                redirect,
                read -> {
                    FormShape.check(validator, input);
                    decisions.setEconomicTarget(id, number, input, read);
                });
    }

    @PostMapping("/programmes/{id}/decisions/{number}/kpi-targets")
    String setKpiTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute KpiTargetInput input,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return changeTargets(
                new TargetForm(id, number, "kpi", "decision.saved.kpi", "typedKpi", input), version, redirect, read -> {
                    FormShape.check(validator, input);
                    decisions.setKpiTarget(id, number, input, read);
                });
    }

    @PostMapping("/programmes/{id}/decisions/{number}/economic-targets/remove")
    String removeEconomicTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute EconomicTargetKey key,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return changeTargets(
                new TargetForm(id, number, "economic", "decision.saved.economicRemoved", null, null),
                version,
                redirect,
                read -> decisions.removeEconomicTarget(id, number, key, read));
    }

    @PostMapping("/programmes/{id}/decisions/{number}/kpi-targets/remove")
    String removeKpiTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute KpiTargetKey key,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return changeTargets(
                new TargetForm(id, number, "kpi", "decision.saved.kpiRemoved", null, null),
                version,
                redirect,
                read -> decisions.removeKpiTarget(id, number, key, read));
    }

    /** Which of the decision page's target sections a change came from, and what to show there if it is refused. */
    private record TargetForm(
            ProgrammeId programme, int number, String section, String saved, String typedName, Object typed) {}

    /** A change to the decision's targets at the version the form read. */
    private interface TargetChange {
        void apply(long version);
    }

    /** Rights first, then the change: saved, or back to the form's section with what was wrong and what was typed. */
    private String changeTargets(TargetForm form, String version, RedirectAttributes redirect, TargetChange change) {
        decisions.requireMayDecide(form.programme());
        String errors = form.section() + "Errors";
        try {
            change.apply(version(version));
            redirect.addFlashAttribute("saved", form.saved());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(errors, e.violations());
            if (form.typed() != null) {
                redirect.addFlashAttribute(form.typedName(), form.typed());
            }
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute(errors, CONFLICT);
        }
        return "redirect:/programmes/" + form.programme() + "/decisions/" + form.number() + "#" + form.section()
                + "-heading";
    }

    private Programme programme(ProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    /** The decision in force as the form read it; blank when none was, a number otherwise. */
    private static DecisionInput withVersion(DecisionInput input, String typed) {
        Long version = parse(typed);
        return new DecisionInput(
                input.decidingBody(),
                input.decidedOn(),
                input.caseNumber(),
                input.documentReference(),
                input.summary(),
                input.carryTargets(),
                version);
    }

    private static long version(String typed) {
        Long version = parse(typed);
        if (version == null) {
            throw InvalidInputException.of("version", "version.required");
        }
        return version;
    }

    private static Long parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }
}
