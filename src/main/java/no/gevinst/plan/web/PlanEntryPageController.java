package no.gevinst.plan.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.shared.FormShape;
import no.gevinst.shared.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page's measure and risk forms: adding one and removing one, both kinds the same way. */
@Controller
class PlanEntryPageController {

    private final Plans plans;
    private final Validator validator;

    PlanEntryPageController(Plans plans, Validator validator) {
        this.plans = plans;
        this.validator = validator;
    }

    @PostMapping("/plans/{plan}/measures")
    String addMeasure(
            @PathVariable PlanId plan,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String[] benefitIds,
            @RequestParam(required = false) String responsibleId,
            @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String cost,
            RedirectAttributes redirect) {
        plans.requireEditable(plan);
        Plans.MeasureInput input = new Plans.MeasureInput(
                action,
                benefitIds == null ? List.of() : Arrays.asList(benefitIds),
                responsibleId,
                deadline,
                status,
                cost);
        return PlanForms.MEASURE.act(
                plan, redirect, "plan.saved.measure", () -> add(input, in -> plans.addMeasure(plan, in)), input);
    }

    @PostMapping("/plans/{plan}/risks")
    String addRisk(@PathVariable PlanId plan, @ModelAttribute Plans.RiskInput input, RedirectAttributes redirect) {
        plans.requireEditable(plan);
        return PlanForms.RISK.act(
                plan, redirect, "plan.saved.risk", () -> add(input, in -> plans.addRisk(plan, in)), input);
    }

    /** Adds the measure or risk once its shape is right (the rights were asked first). */
    private <T> void add(T input, java.util.function.Consumer<T> write) {
        FormShape.check(validator, input);
        write.accept(input);
    }

    @PostMapping("/plans/{plan}/measures/{measure}/delete")
    String removeMeasure(
            @PathVariable PlanId plan,
            @PathVariable UUID measure,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return remove(plan, PlanForms.MEASURE, version, redirect, v -> plans.removeMeasure(plan, measure, v));
    }

    @PostMapping("/plans/{plan}/risks/{risk}/delete")
    String removeRisk(
            @PathVariable PlanId plan,
            @PathVariable UUID risk,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        return remove(plan, PlanForms.RISK, version, redirect, v -> plans.removeRisk(plan, risk, v));
    }

    /** Removes a measure or a risk if it still has the version the page was read with. */
    private String remove(
            PlanId plan, PlanForms form, String version, RedirectAttributes redirect, LongConsumer removal) {
        // Rights before the version: 403 wins over a missing version.
        plans.requireEditable(plan);
        return form.removal()
                .act(
                        plan,
                        redirect,
                        "plan.saved.removed",
                        () -> removal.accept(Versions.expected(null, version)),
                        null);
    }
}
