package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: a programme's plans, one plan with its versions (shown by {@link PlanPage}), and the steps in a
 * version's life; the measure and risk forms are {@link PlanEntryPageController}'s. A refused form is shown again
 * with what was typed and its errors (422, stale 409); a saved one goes back to the plan with a message.
 */
@Controller
class PlanPageController {

    private final Plans plans;
    private final Programmes programmes;
    private final Organisations organisations;
    private final PlanPage page;
    private final MessageSource messages;

    PlanPageController(
            Plans plans, Programmes programmes, Organisations organisations, PlanPage page, MessageSource messages) {
        this.plans = plans;
        this.programmes = programmes;
        this.organisations = organisations;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/plans")
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        model.addAttribute("programme", programme);
        model.addAttribute("plans", plans.ofProgramme(id));
        model.addAttribute("parties", organisations.findAll(programme.organisations()));
        model.addAttribute("canCoordinate", programmes.canCoordinate(id));
        if (!model.containsAttribute("newPlan")) {
            model.addAttribute(
                    "newPlan",
                    PlanForm.titled(messages.getMessage(
                            "plan.defaultTitle", new Object[] {programme.name()}, LocaleContextHolder.getLocale())));
        }
        return "plan/list";
    }

    @PostMapping("/programmes/{id}/plans")
    String create(
            @PathVariable ProgrammeId id,
            @ModelAttribute("newPlan") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String saved = FormErrors.saved(
                () -> {
                    Plan plan = plans.create(id, form.toInput());
                    redirect.addFlashAttribute("saved", "plan.saved.created");
                    return "redirect:/plans/" + plan.id();
                },
                binding,
                response,
                null,
                field -> PlanPage.fieldOf(form, field));
        return saved != null ? saved : list(id, model);
    }

    @GetMapping("/plans/{plan}")
    String plan(@PathVariable PlanId plan, @RequestParam(required = false) Integer version, Model model) {
        return page.show(plan, version, model);
    }

    @PostMapping("/plans/{plan}/versions/{number}/sections")
    String sections(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute("prose") ProseForm prose,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the version and the text: a refused user is not shown the form with its faults.
        plans.requireEditable(plan);
        return page.saved(
                new PlanPage.Post(plan, binding, model, redirect, response),
                number,
                () -> plans.editSections(plan, number, prose.toSections(), prose.expected()),
                "plan.saved.sections",
                "#prose");
    }

    @PostMapping("/plans/{plan}/versions/{number}/submit")
    String submit(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute("step") VersionForm step,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the version: a refused user is told so, not that the page was stale.
        plans.requireEditable(plan);
        return page.saved(
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.submit(plan, number, step.expected()),
                "plan.saved.submitted",
                "#status");
    }

    @PostMapping("/plans/{plan}/versions/{number}/return")
    String returnToDraft(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute("step") VersionForm step,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.requireApprovable(plan);
        return page.saved(
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.returnToDraft(plan, number, step.expected()),
                "plan.saved.returned",
                "#status");
    }

    @PostMapping("/plans/{plan}/versions/{number}/approve")
    String approve(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute("approval") ApprovalForm approval,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.requireApprovable(plan);
        return page.saved(
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.approve(plan, number, approval.toInput(), approval.expected()),
                "plan.saved.approved",
                "#status");
    }

    @PostMapping("/plans/{plan}/versions")
    String newDraft(
            @PathVariable PlanId plan,
            @ModelAttribute("draft") DraftForm draft,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.requireEditable(plan);
        return page.saved(
                new PlanPage.Post(plan, binding, model, redirect, response),
                null,
                () -> plans.newDraft(plan, draft.getReason()),
                "plan.saved.drafted",
                "#status");
    }

    @GetMapping(value = "/plans/{plan}/versions/{number}/workbook.xlsx", produces = PlanDownloads.XLSX)
    void workbook(@PathVariable PlanId plan, @PathVariable int number, HttpServletResponse response)
            throws IOException {
        PlanDownloads.workbook(plans, plan, number, response);
    }
}
