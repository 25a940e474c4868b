package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.plan.Comparison;
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
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ReaderFormats;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Versions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * the actions its status allows, measures and risks; and the comparison of two versions.
 */
@Controller
class PlanPageController {

    private final Plans plans;
    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;
    private final MessageSource messages;

    PlanPageController(
            Plans plans, Programmes programmes, Organisations organisations, People people, MessageSource messages) {
        this.messages = messages;
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
        return act(
                plan,
                "#prose",
                redirect,
                "plan.saved.sections",
                () -> plans.editSections(plan, number, sections, Versions.expected(null, version)),
                "versionErrors",
                "sectionsInput",
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
        return act(
                plan,
                "#status",
                redirect,
                "plan.saved.submitted",
                () -> plans.submit(plan, number, Versions.expected(null, version)));
    }

    @PostMapping("/plans/{plan}/versions/{number}/return")
    String returnToDraft(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        plans.requireApprovable(plan);
        return act(
                plan,
                "#status",
                redirect,
                "plan.saved.returned",
                () -> plans.returnToDraft(plan, number, Versions.expected(null, version)));
    }

    @PostMapping("/plans/{plan}/versions/{number}/approve")
    String approve(
            @PathVariable PlanId plan,
            @PathVariable int number,
            @ModelAttribute Plans.ApprovalInput input,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        plans.requireApprovable(plan);
        return act(
                plan,
                "#status",
                redirect,
                "plan.saved.approved",
                () -> plans.approve(plan, number, input, Versions.expected(null, version)),
                "versionErrors",
                "approvalInput",
                input);
    }

    @PostMapping("/plans/{plan}/versions")
    String newDraft(
            @PathVariable PlanId plan, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        plans.requireEditable(plan);
        return act(
                plan,
                "#status",
                redirect,
                "plan.saved.drafted",
                () -> plans.newDraft(plan, reason),
                "versionErrors",
                "draftReason",
                reason);
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
        return act(
                plan,
                "#measures",
                redirect,
                "plan.saved.measure",
                () -> plans.addMeasure(plan, input),
                "measureErrors",
                "measureInput",
                input);
    }

    @PostMapping("/plans/{plan}/measures/{measure}/delete")
    String removeMeasure(
            @PathVariable PlanId plan,
            @PathVariable UUID measure,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version: 403 wins over a missing version.
        plans.requireEditable(plan);
        return act(
                plan,
                "#measures",
                redirect,
                "plan.saved.removed",
                () -> plans.removeMeasure(plan, measure, Versions.expected(null, version)),
                "measureErrors",
                null,
                null);
    }

    @PostMapping("/plans/{plan}/risks")
    String addRisk(@PathVariable PlanId plan, @ModelAttribute Plans.RiskInput input, RedirectAttributes redirect) {
        return act(
                plan,
                "#risks",
                redirect,
                "plan.saved.risk",
                () -> plans.addRisk(plan, input),
                "riskErrors",
                "riskInput",
                input);
    }

    @PostMapping("/plans/{plan}/risks/{risk}/delete")
    String removeRisk(
            @PathVariable PlanId plan,
            @PathVariable UUID risk,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        plans.requireEditable(plan);
        return act(
                plan,
                "#risks",
                redirect,
                "plan.saved.removed",
                () -> plans.removeRisk(plan, risk, Versions.expected(null, version)),
                "riskErrors",
                null,
                null);
    }

    @GetMapping("/plans/{plan}/compare")
    String compare(
            @PathVariable PlanId plan,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        // The plan first: one the user may not see is not found, whatever versions were asked for.
        Plan p = plans.find(plan).orElseThrow(() -> new NotFoundException("plan", plan));
        model.addAttribute("plan", p);
        model.addAttribute("programme", programmes.find(p.programme()).orElseThrow());
        Comparison comparison =
                plans.compare(plan, PlanDownloads.versionNumber(from, "from"), PlanDownloads.versionNumber(to, "to"));
        model.addAttribute("comparison", comparison);
        model.addAttribute(
                "rows",
                comparison.changes().stream()
                        .map(ch -> new ChangeRow(
                                ch, detail(ch), shown(ch.field(), ch.before()), shown(ch.field(), ch.after())))
                        .toList());
        return "plan/compare";
    }

    @GetMapping(value = "/plans/{plan}/versions/{number}/workbook.xlsx", produces = PlanDownloads.XLSX)
    void workbook(@PathVariable PlanId plan, @PathVariable int number, HttpServletResponse response)
            throws IOException {
        PlanDownloads.workbook(plans, plan, number, response);
    }

    /**
     * A change with its values as the reader knows them: statuses and classes by their names, kroner, numbers and
     * dates written the reader's way.
     */
    record ChangeRow(Comparison.Change change, String detail, String before, String after) {}

    private static String detail(Comparison.Change change) {
        if (change.field().equals("plan.field.target") && !change.detail().isBlank()) {
            return ReaderFormats.date(java.time.LocalDate.parse(change.detail()), LocaleContextHolder.getLocale());
        }
        return change.detail();
    }

    private String shown(String field, String value) {
        if (value == null) {
            return null;
        }
        var locale = LocaleContextHolder.getLocale();
        return switch (Comparison.valueKind(field)) {
            case KRONER -> ReaderFormats.kroner(new java.math.BigDecimal(value), locale);
            case NUMBER -> ReaderFormats.number(new java.math.BigDecimal(value), locale);
            case DATE -> ReaderFormats.date(java.time.LocalDate.parse(value), locale);
            case TEXT -> named(field, value);
        };
    }

    private String named(String field, String value) {
        if (value == null) {
            return null;
        }
        for (String prefix : Comparison.valuePrefixes(field)) {
            String name = messages.getMessage(prefix + value, null, null, LocaleContextHolder.getLocale());
            if (name != null) {
                return name;
            }
        }
        return value;
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

    private String act(PlanId plan, String anchor, RedirectAttributes redirect, String saved, Runnable write) {
        return act(plan, anchor, redirect, saved, write, "versionErrors", null, null);
    }

    /**
     * Runs a write and goes back to the plan. Refused input is shown where it was typed, with what was typed kept
     * (flashed under {@code inputName}) so that nothing is lost.
     */
    private String act(
            PlanId plan,
            String anchor,
            RedirectAttributes redirect,
            String saved,
            Runnable write,
            String errors,
            String inputName,
            Object input) {
        try {
            write.run();
            redirect.addFlashAttribute("saved", saved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(errors, e.violations());
            if (inputName != null) {
                redirect.addFlashAttribute(inputName, input);
            }
        } catch (VersionConflictException e) {
            // Someone else changed it since the page was read: say so where the user acted, and keep what was typed.
            redirect.addFlashAttribute(errors, List.of(FieldViolation.of("version", "version.conflict")));
            if (inputName != null) {
                redirect.addFlashAttribute(inputName, input);
            }
        }
        return "redirect:/plans/" + plan + anchor;
    }
}
