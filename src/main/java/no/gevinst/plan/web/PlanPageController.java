package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: a programme's plans, one plan with its versions, the current version's prose and content,
 * the actions its status allows, measures and risks (whose forms {@link PlanEntryPageController} takes), and the
 * steps in a version's life.
 */
@Controller
class PlanPageController {

    private final Plans plans;
    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    PlanPageController(Plans plans, Programmes programmes, Organisations organisations, People people) {
        this.plans = plans;
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/programmes/{id}/plans")
    String list(@PathVariable ProgrammeId id, Model model) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        model.addAttribute("programme", programme);
        model.addAttribute("plans", plans.ofProgramme(id));
        model.addAttribute("parties", organisations.findAll(programme.organisations()));
        model.addAttribute("canCoordinate", programmes.canCoordinate(id));
        return "plan/list";
    }

    @PostMapping("/programmes/{id}/plans")
    String create(@PathVariable ProgrammeId id, @ModelAttribute Plans.PlanInput input, RedirectAttributes redirect) {
        try {
            Plan plan = plans.create(id, input);
            redirect.addFlashAttribute("saved", "plan.saved.created");
            return "redirect:/plans/" + plan.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("planErrors", e.violations());
            redirect.addFlashAttribute("planInput", input);
            return "redirect:/programmes/" + id + "/plans";
        }
    }

    @GetMapping("/plans/{plan}")
    String plan(@PathVariable PlanId plan, @RequestParam(required = false) Integer version, Model model) {
        Plan p = plans.find(plan).orElseThrow(() -> new NotFoundException("plan", plan));
        List<PlanVersion> versions = plans.versions(plan);
        PlanVersion shown = version == null ? versions.getFirst() : plans.version(plan, version);
        model.addAttribute("plan", p);
        model.addAttribute("programme", programmes.find(p.programme()).orElseThrow());
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("latest", versions.getFirst());
        model.addAttribute("planContent", plans.content(plan, shown.number()));
        model.addAttribute("measures", plans.measures(plan));
        List<Risk> risks = plans.risks(plan);
        model.addAttribute("risks", risks);
        model.addAttribute("matrix", matrix(risks));
        model.addAttribute("people", people.all());
        model.addAttribute("measureStatuses", MeasureStatus.values());
        model.addAttribute("riskStatuses", RiskStatus.values());
        model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
        model.addAttribute("canEdit", plans.canEdit(plan));
        model.addAttribute("canApprove", plans.canApprove(plan));
        return "plan/page";
    }

    @PostMapping("/plans/{plan}/versions/{number}/sections")
    String sections(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute PlanSections sections,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version and the text: a refused user is not sent back to the form with its faults.
        plans.requireEditable(plan);
        return PlanForms.PROSE.act(
                plan,
                redirect,
                "plan.saved.sections",
                () -> plans.editSections(plan, number, sections, Versions.expected(null, version)),
                sections);
    }

    @PostMapping("/plans/{plan}/versions/{number}/submit")
    String submit(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version: a refused user is told so, not that the page was stale.
        plans.requireEditable(plan);
        return PlanForms.STATUS.act(
                plan, redirect, "plan.saved.submitted", () -> plans.submit(plan, number, expected(version)), null);
    }

    @PostMapping("/plans/{plan}/versions/{number}/return")
    String returnToDraft(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        plans.requireApprovable(plan);
        return PlanForms.STATUS.act(
                plan,
                redirect,
                "plan.saved.returned",
                () -> plans.returnToDraft(plan, number, expected(version)),
                null);
    }

    @PostMapping("/plans/{plan}/versions/{number}/approve")
    String approve(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute Plans.ApprovalInput input,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        plans.requireApprovable(plan);
        return PlanForms.APPROVAL.act(
                plan,
                redirect,
                "plan.saved.approved",
                () -> plans.approve(plan, number, input, expected(version)),
                input);
    }

    @PostMapping("/plans/{plan}/versions")
    String newDraft(
            @PathVariable PlanId plan, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        plans.requireEditable(plan);
        return PlanForms.DRAFT.act(plan, redirect, "plan.saved.drafted", () -> plans.newDraft(plan, reason), reason);
    }

    @GetMapping(value = "/plans/{plan}/versions/{number}/workbook.xlsx", produces = PlanDownloads.XLSX)
    void workbook(@PathVariable PlanId plan, @PathVariable int number, HttpServletResponse response)
            throws IOException {
        PlanDownloads.workbook(plans, plan, number, response);
    }

    /** Counts of risks by impact (rows, 5 down to 1) and probability (columns, 1 to 5). */
    private static List<List<Integer>> matrix(List<Risk> risks) {
        List<List<Integer>> rows = new java.util.ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            List<Integer> row = new java.util.ArrayList<>();
            for (int probability = 1; probability <= 5; probability++) {
                int i = impact;
                int p = probability;
                row.add((int) risks.stream()
                        .filter(r -> r.impact() == i && r.probability() == p)
                        .count());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The version the page was read with, as the form sends it. */
    private static long expected(String version) {
        return Versions.expected(null, version);
    }
}
