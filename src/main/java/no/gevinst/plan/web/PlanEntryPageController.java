package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.shared.FormShape;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page's measure and risk forms: adding one and removing one, both kinds the same way. A refused form is
 * shown again on the plan page with what was typed and its errors (422, stale 409).
 */
@Controller
class PlanEntryPageController {

    private final Plans plans;
    private final Validator validator;
    private final PlanPage page;

    PlanEntryPageController(Plans plans, Validator validator, PlanPage page) {
        this.plans = plans;
        this.validator = validator;
        this.page = page;
    }

    @PostMapping("/plans/{plan}/measures")
    String addMeasure(
            @PathVariable PlanId plan,
            @ModelAttribute("measure") MeasureForm measure,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the input: a refused user learns nothing from what is wrong with the form.
        plans.requireEditable(plan);
        return page.saved(
                plan,
                null,
                () -> {
                    Plans.MeasureInput input = measure.toInput();
                    FormShape.check(validator, input);
                    plans.addMeasure(plan, input);
                    return PlanPageController.saved(plan, redirect, "plan.saved.measure", "#measures");
                },
                binding,
                model,
                response);
    }

    @PostMapping("/plans/{plan}/risks")
    String addRisk(
            @PathVariable PlanId plan,
            @ModelAttribute("risk") RiskForm risk,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.requireEditable(plan);
        return page.saved(
                plan,
                null,
                () -> {
                    Plans.RiskInput input = risk.toInput();
                    FormShape.check(validator, input);
                    plans.addRisk(plan, input);
                    return PlanPageController.saved(plan, redirect, "plan.saved.risk", "#risks");
                },
                binding,
                model,
                response);
    }

    @PostMapping("/plans/{plan}/measures/{measure}/delete")
    String removeMeasure(
            @PathVariable PlanId plan,
            @PathVariable UUID measure,
            @ModelAttribute("measureRemoval") VersionForm removal,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.requireEditable(plan);
        return page.saved(
                plan,
                null,
                () -> removed(plan, "#measures", redirect, removal, v -> plans.removeMeasure(plan, measure, v)),
                binding,
                model,
                response);
    }

    @PostMapping("/plans/{plan}/risks/{risk}/delete")
    String removeRisk(
            @PathVariable PlanId plan,
            @PathVariable UUID risk,
            @ModelAttribute("riskRemoval") VersionForm removal,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the version: 403 wins over a missing version.
        plans.requireEditable(plan);
        return page.saved(
                plan,
                null,
                () -> removed(plan, "#risks", redirect, removal, v -> plans.removeRisk(plan, risk, v)),
                binding,
                model,
                response);
    }

    /** Removes a measure or a risk if it still has the version the page was read with. */
    private static String removed(
            PlanId plan, String anchor, RedirectAttributes redirect, VersionForm removal, LongConsumer remove) {
        remove.accept(removal.expected());
        return PlanPageController.saved(plan, redirect, "plan.saved.removed", anchor);
    }
}
