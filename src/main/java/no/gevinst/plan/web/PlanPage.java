package no.gevinst.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.gevinst.organisation.People;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanId;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.Risk;
import no.gevinst.plan.RiskStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page as both its controllers show it: read for a GET, and again with a refused form holding what was
 * typed and its errors (422, stale 409), every other form as the plan fills it.
 */
@Component
class PlanPage {

    private final Plans plans;
    private final Programmes programmes;
    private final People people;
    private final MessageSource messages;

    PlanPage(Plans plans, Programmes programmes, People people, MessageSource messages) {
        this.plans = plans;
        this.programmes = programmes;
        this.people = people;
        this.messages = messages;
    }

    /**
     * A plan form's post as Spring hands it to the handler: the plan, the form's binding, the model to show the page
     * in again, and the answer's redirect and status.
     */
    record Post(
            PlanId plan,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {}

    /**
     * Runs a form's write and goes back to the plan at the anchor, told what was saved (the message key); refused,
     * the page with the version it was sent from (the latest when null), the form as typed and each error at its field.
     */
    String saved(Post post, @Nullable Integer shown, Runnable write, String message, String anchor) {
        Object form = post.binding().getTarget();
        return new FormPost(post.binding(), post.redirect(), post.response())
                .fields(field -> fieldOf(form, field))
                .save(
                        write,
                        message,
                        "/plans/" + post.plan() + anchor,
                        null,
                        () -> show(post.plan(), shown, post.model()));
    }

    /** The page for a version (the latest when null); forms not already in the model are filled from the plan. */
    String show(PlanId plan, @Nullable Integer version, Model model) {
        Plan p = plans.find(plan).orElseThrow(() -> new NotFoundException("plan", plan));
        List<PlanVersion> versions = plans.versions(plan);
        PlanVersion shown = version == null ? versions.getFirst() : plans.version(plan, version);
        Programme programme = programmes.find(p.programme()).orElseThrow();
        model.addAttribute("plan", p);
        model.addAttribute("programme", programme);
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
        forms(model, shown, versions.getFirst(), programme);
        return "plan/page";
    }

    /** The page's forms, each as the plan fills it unless a refused one is already there to be shown again. */
    private void forms(Model model, PlanVersion shown, PlanVersion latest, Programme programme) {
        String steeringGroup = messages.getMessage(
                "plan.approval.defaultBody", new Object[] {programme.name()}, LocaleContextHolder.getLocale());
        addAbsent(model, "prose", () -> ProseForm.of(shown));
        addAbsent(model, "approval", () -> ApprovalForm.of(latest.version(), steeringGroup));
        addAbsent(model, "draft", DraftForm::new);
        addAbsent(model, "step", () -> VersionForm.of(latest.version()));
        addAbsent(model, "measure", MeasureForm::new);
        addAbsent(model, "measureRemoval", VersionForm::new);
        addAbsent(model, "risk", RiskForm::new);
        addAbsent(model, "riskRemoval", VersionForm::new);
    }

    private static void addAbsent(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }

    /**
     * The form's own field for a violation, so its error is shown beside it; the version (a hidden field) and what
     * the form has no field for are shown for the form as a whole.
     */
    static @Nullable String fieldOf(@Nullable Object form, String field) {
        if (form == null || "version".equals(field) || field.isEmpty()) {
            return null;
        }
        return PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(field) ? field : null;
    }

    /** Counts of risks by impact (rows, 5 down to 1) and probability (columns, 1 to 5). */
    private static List<List<Integer>> matrix(List<Risk> risks) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            List<Integer> row = new ArrayList<>();
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
}
