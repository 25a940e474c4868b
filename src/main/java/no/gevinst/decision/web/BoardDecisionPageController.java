package no.gevinst.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.Decisions;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.FormShape;
import no.gevinst.shared.ProgrammeId;
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
 * A programme's board decisions: the list with the one in force and the form that records a new one, and each
 * decision with its targets, the sum of the organisations' kroner beside the programme's target, the forms that set
 * targets, and the organisations' appendices to the oppdragsdokument. A refused form is shown again on its page with
 * what was typed and the error at its field (422), or told that someone else saved first (409).
 */
@Controller
class BoardDecisionPageController {

    private static final Set<String> DECISION_FIELDS =
            Set.of("decidingBody", "decidedOn", "caseNumber", "documentReference", "summary", "carryTargets");
    private static final Set<String> ECONOMIC_FIELDS = Set.of("organisation", "year", "benefitClass", "nok");
    private static final Set<String> KPI_FIELDS = Set.of("organisation", "indicator", "targetValue", "due");

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
        return list(id, model, null);
    }

    /** The list, with the form for a new decision as given (a refused one with what was typed) or empty. */
    private String list(ProgrammeId id, Model model, @Nullable BoardDecisionForm record) {
        Programme programme = programme(id);
        List<BoardDecision> all = decisions.of(id);
        BoardDecision inForce =
                all.stream().filter(BoardDecision::inForce).findFirst().orElse(null);
        model.addAttribute("programme", programme);
        model.addAttribute("decisions", all);
        model.addAttribute("inForce", inForce);
        model.addAttribute("canDecide", decisions.canDecide(id));
        model.addAttribute("record", record != null ? record : BoardDecisionForm.of(inForce));
        return "decision/list";
    }

    @PostMapping("/programmes/{id}/decisions")
    String record(
            @PathVariable ProgrammeId id,
            @ModelAttribute("record") BoardDecisionForm record,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights first: a user who may not decide learns nothing from what is wrong with the form.
        decisions.requireMayDecide(id);
        return new FormPost(binding, redirect, response)
                .fields(fieldsOf(DECISION_FIELDS))
                .save(
                        () -> {
                            FormShape.check(validator, record.typed());
                            return decisions.record(id, record.toInput());
                        },
                        recorded -> "decision.saved.recorded",
                        recorded -> "/programmes/" + id + "/decisions/" + recorded.number(),
                        null,
                        () -> list(id, model, record));
    }

    @GetMapping("/programmes/{id}/decisions/{number}")
    String decision(@PathVariable ProgrammeId id, @PathVariable int number, Model model) {
        return decision(id, number, model, null, null);
    }

    /** The decision's page, with the target forms as given (a refused one with what was typed) or empty. */
    private String decision(
            ProgrammeId id,
            int number,
            Model model,
            @Nullable EconomicTargetForm economic,
            @Nullable KpiTargetForm kpi) {
        Programme programme = programme(id);
        BoardDecision decision = decisions.find(id, number);
        model.addAttribute("programme", programme);
        model.addAttribute("decision", decision);
        model.addAttribute("sums", decisions.sums(id, number));
        model.addAttribute("canChange", decision.inForce() && decisions.canDecide(id));
        model.addAttribute("economic", economic != null ? economic : EconomicTargetForm.of(decision.version()));
        model.addAttribute("kpi", kpi != null ? kpi : KpiTargetForm.of(decision.version()));
        pageModel.fill(programme, decision, model);
        return "decision/page";
    }

    @PostMapping("/programmes/{id}/decisions/{number}/economic-targets")
    String setEconomicTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute("economic") EconomicTargetForm economic,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return economicChanged(
                new Refusal(id, number, binding, model, response),
                economic,
                redirect,
                "decision.saved.economic",
                // No separate shape check first: the decision's rules name every missing and unreadable field at
                // once, with the same keys, where a shape check would stop at the blank ones and hide the others.
                () -> decisions.setEconomicTarget(id, number, economic.toInput(), economic.expectedVersion()));
    }

    @PostMapping("/programmes/{id}/decisions/{number}/economic-targets/remove")
    String removeEconomicTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute("economic") EconomicTargetForm economic,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return economicChanged(
                new Refusal(id, number, binding, model, response),
                economic,
                redirect,
                "decision.saved.economicRemoved",
                () -> decisions.removeEconomicTarget(id, number, economic.toKey(), economic.expectedVersion()));
    }

    @PostMapping("/programmes/{id}/decisions/{number}/kpi-targets")
    String setKpiTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute("kpi") KpiTargetForm kpi,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return kpiChanged(
                new Refusal(id, number, binding, model, response),
                kpi,
                redirect,
                "decision.saved.kpi",
                // As the economic target: the rules name every refused field at once.
                () -> decisions.setKpiTarget(id, number, kpi.toInput(), kpi.expectedVersion()));
    }

    @PostMapping("/programmes/{id}/decisions/{number}/kpi-targets/remove")
    String removeKpiTarget(
            @PathVariable ProgrammeId id,
            @PathVariable int number,
            @ModelAttribute("kpi") KpiTargetForm kpi,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return kpiChanged(
                new Refusal(id, number, binding, model, response),
                kpi,
                redirect,
                "decision.saved.kpiRemoved",
                () -> decisions.removeKpiTarget(id, number, kpi.toKey(), kpi.expectedVersion()));
    }

    /** Where a refused target change is shown: the decision's page, its form, and the answer's status. */
    private record Refusal(
            ProgrammeId programme, int number, BindingResult binding, Model model, HttpServletResponse response) {}

    private String economicChanged(
            Refusal at, EconomicTargetForm economic, RedirectAttributes redirect, String savedKey, Runnable change) {
        Supplier<String> page = () -> decision(at.programme(), at.number(), at.model(), economic, null);
        return changed(at, redirect, savedKey, "economic", ECONOMIC_FIELDS, change, page);
    }

    private String kpiChanged(
            Refusal at, KpiTargetForm kpi, RedirectAttributes redirect, String savedKey, Runnable change) {
        Supplier<String> page = () -> decision(at.programme(), at.number(), at.model(), null, kpi);
        return changed(at, redirect, savedKey, "kpi", KPI_FIELDS, change, page);
    }

    /**
     * Rights first, then the change: saved, back to the section it came from; refused, the page again with the
     * refusal on the form (each fault at its field, one the form has no field for, as the target or the version, for
     * the whole form).
     */
    private String changed(
            Refusal at,
            RedirectAttributes redirect,
            String savedKey,
            String section,
            Set<String> fields,
            Runnable change,
            Supplier<String> refused) {
        decisions.requireMayDecide(at.programme());
        return new FormPost(at.binding(), redirect, at.response())
                .fields(fieldsOf(fields))
                .save(
                        change,
                        savedKey,
                        "/programmes/" + at.programme() + "/decisions/" + at.number() + "#" + section + "-heading",
                        null,
                        refused);
    }

    private static UnaryOperator<String> fieldsOf(Set<String> fields) {
        return field -> fields.contains(field) ? field : null;
    }

    private Programme programme(ProgrammeId id) {
        return programmes.require(id);
    }
}
