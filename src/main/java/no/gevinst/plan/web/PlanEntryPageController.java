package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.UUID;
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
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> {
                    Plans.MeasureInput input = measure.toInput();
                    FormShape.check(validator, input);
                    plans.addMeasure(plan, input);
                },
                "plan.saved.measure",
                "#measures");
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
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> {
                    Plans.RiskInput input = risk.toInput();
                    FormShape.check(validator, input);
                    plans.addRisk(plan, input);
                },
                "plan.saved.risk",
                "#risks");
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
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.removeMeasure(plan, measure, removal.expected()),
                "plan.saved.removed",
                "#measures");
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
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.removeRisk(plan, risk, removal.expected()),
                "plan.saved.removed",
                "#risks");
    }
}
