package no.gevinst.valuation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.ValuationVersions;
import no.gevinst.valuation.Valuations;
import no.gevinst.valuation.YearWorkings;
import org.springframework.context.MessageSource;
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
 * The valuation workbench of a programme: assumptions, each benefit's workings, the yearly table and the results,
 * and the forms through which coordinators set assumptions, models, costs and the analysis period. A refused form
 * is shown again on the page with what was typed and the error at its field (422), or told that someone else saved
 * first (409); saved, the page says what was saved.
 */
@Controller
class ValuationPageController {

    private static final Set<String> ASSUMPTION_FIELDS =
            Set.of("name", "likely", "low", "high", "unit", "formula", "source");
    private static final Set<String> COST_FIELDS = Set.of("kind", "actor", "year", "amount", "description");
    private static final Set<String> MODEL_FIELDS =
            Set.of("benefit", "kind", "actor", "phaseInFirstYear", "phaseInForm", "phaseInShares");
    private static final Set<String> PERIOD_FIELDS =
            Set.of("firstYear", "lastYear", "realPriceAdjustment", EconomicSettings.WORKING_HOURS_FIELD);

    private final Valuations valuations;
    private final Programmes programmes;
    private final Benefits benefits;
    private final MessageSource messages;

    ValuationPageController(Valuations valuations, Programmes programmes, Benefits benefits, MessageSource messages) {
        this.messages = messages;
        this.valuations = valuations;
        this.programmes = programmes;
        this.benefits = benefits;
    }

    @GetMapping("/programmes/{id}/valuation")
    String page(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "draws", required = false) Integer draws,
            @RequestParam(name = "benefit", required = false) String benefit,
            @RequestParam(name = "kind", required = false) String kind,
            Model model,
            Locale locale) {
        model.addAttribute("programme", programmes.require(id));
        ProgrammeValuation valuation = valued(id, model);
        model.addAttribute("v", valuation);
        model.addAttribute("values", valuation.assumptions().likely());
        model.addAttribute("versions", valuations.versions(id));
        model.addAttribute(
                "workings",
                valuation.valuation().years().stream()
                        .collect(Collectors.toMap(
                                y -> y.year(),
                                y -> YearWorkings.of(
                                        valuation.valuation(), y, valuation.settings(), messages, locale))));
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        forms(id, benefit, kind, valuation.settings(), model);
        if (draws != null && !model.containsAttribute("unavailable")) {
            model.addAttribute(
                    "simulation",
                    valuations.simulate(
                            id, Uncertainty.Distribution.PERT, Math.max(100, Math.min(draws, 50_000)), 2026));
        }
        return "valuation/page";
    }

    /**
     * The programme's valuation with its tornado; when it cannot be computed the page still opens, with the problem
     * in place of the figures, so that a coordinator can mend it.
     */
    private ProgrammeValuation valued(ProgrammeId id, Model model) {
        try {
            ProgrammeValuation computed = valuations.of(id);
            model.addAttribute("tornado", valuations.tornado(id));
            return computed;
        } catch (ValuationUnavailableException e) {
            model.addAttribute("unavailable", e.causes());
            model.addAttribute("tornado", List.of());
            int year = NorwegianTime.today().getYear();
            return ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9));
        }
    }

    /**
     * What the forms offer: the programme's priced benefits, the kinds, actors and cost kinds, the choices, and each
     * form as the page starts it, unless a refused one is already in the model with what was typed.
     */
    private void forms(ProgrammeId id, String benefit, String kind, EconomicSettings settings, Model model) {
        model.addAttribute(
                "pricedBenefits",
                benefits.list(BenefitQuery.all()).stream()
                        .filter(b -> b.programme().equals(id) && b.benefitClass() != BenefitClass.NON_PRICED)
                        .toList());
        model.addAttribute("kinds", ModelKind.values());
        model.addAttribute("actors", Actor.values());
        model.addAttribute("costKinds", Cost.Kind.values());
        var chosenBenefit =
                Ids.parse(benefit, BenefitId::new).flatMap(benefits::find).orElse(null);
        ModelKind chosenKind = Inputs.choice(kind, ModelKind.class).orElse(null);
        model.addAttribute("chosenBenefit", chosenBenefit);
        model.addAttribute("chosenKind", chosenKind);
        ValuationVersions versions = (ValuationVersions) model.getAttribute("versions");
        started(model, "assumption", () -> AssumptionForm.of(versions));
        started(model, "cost", CostForm::new);
        started(
                model,
                "valuationModel",
                () -> ModelForm.of(chosenBenefit == null ? null : chosenBenefit.id(), chosenKind, versions, settings));
        started(model, "period", () -> PeriodForm.of(settings, versions.settings()));
    }

    /** The form as the page starts it, unless a refused one is in the model already with what was typed. */
    private static void started(Model model, String name, Supplier<Object> start) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, start.get());
        }
    }

    @PostMapping("/programmes/{id}/valuation/assumptions")
    String saveAssumption(
            @PathVariable ProgrammeId id,
            @ModelAttribute("assumption") AssumptionForm assumption,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return post(binding, redirect, response, ASSUMPTION_FIELDS)
                .save(
                        () -> valuations.saveAssumption(id, assumption.toInput()),
                        "valuation.saved.assumption",
                        section(id, "#assumptions"),
                        null,
                        () -> page(id, null, null, null, model, locale));
    }

    @PostMapping("/programmes/{id}/valuation/costs")
    String addCost(
            @PathVariable ProgrammeId id,
            @ModelAttribute("cost") CostForm cost,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        valuations.requireMayChange(id);
        return post(binding, redirect, response, COST_FIELDS)
                .save(
                        () -> valuations.addCost(id, cost.toInput().command()),
                        "valuation.saved.cost",
                        section(id, "#costs"),
                        null,
                        () -> page(id, null, null, null, model, locale));
    }

    @PostMapping("/programmes/{id}/valuation/model")
    String setModel(
            @PathVariable ProgrammeId id,
            @ModelAttribute("valuationModel") ModelForm form,
            BindingResult binding,
            @RequestParam Map<String, String> sent,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights first: the form is read only for the programme's coordinators.
        valuations.requireMayChange(id);
        BenefitId benefit = Ids.parse(form.getBenefit(), BenefitId::new)
                .filter(b -> benefits.find(b)
                        .filter(found -> found.programme().equals(id))
                        .isPresent())
                .orElse(null);
        ModelKind kind = Inputs.choice(form.getKind(), ModelKind.class).orElse(null);
        if (kind != null) {
            form.parametersFrom(kind, sent);
        }
        return post(binding, redirect, response, MODEL_FIELDS)
                .save(
                        () -> {
                            if (benefit == null || kind == null) {
                                throw new InvalidInputException(ValuationForms.unchosen(benefit, kind));
                            }
                            valuations.setModel(benefit, form.toInput(kind));
                        },
                        "valuation.saved.model",
                        section(id, "#benefits"),
                        null,
                        () -> page(id, null, form.getBenefit(), form.getKind(), model, locale));
    }

    @PostMapping("/programmes/{id}/valuation/settings")
    String saveSettings(
            @PathVariable ProgrammeId id,
            @ModelAttribute("period") PeriodForm period,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        valuations.requireMayChange(id);
        return post(binding, redirect, response, PERIOD_FIELDS)
                .save(
                        () -> {
                            Violations violations = new Violations();
                            int[] years =
                                    ValuationForms.period(period.getFirstYear(), period.getLastYear(), violations);
                            BigDecimal hours = workingHours(id, period.getWorkingHoursPerPerson(), violations);
                            violations.throwIfAny();
                            valuations.saveSettings(
                                    id,
                                    ValuationForms.settings(years, period.realPrices(), hours),
                                    period.expectedVersion());
                        },
                        "valuation.saved.settings",
                        section(id, "#settings"),
                        null,
                        () -> page(id, null, null, null, model, locale));
    }

    /**
     * A form's post: saved, back to the workbench told what was saved; refused, each fault at the form's field of
     * that name (a model's parameter at its {@code parameters[name]}, a fault of no field, as the version, for the
     * whole form).
     */
    private static FormPost post(
            BindingResult binding, RedirectAttributes redirect, HttpServletResponse response, Set<String> fields) {
        return new FormPost(binding, redirect, response).fields(ValuationForms.fieldOf(fields));
    }

    private static String section(ProgrammeId id, String anchor) {
        return "/programmes/" + id + "/valuation" + anchor;
    }

    /** As typed; a form without the field (an older page) keeps what the programme has. */
    private BigDecimal workingHours(ProgrammeId id, String text, Violations violations) {
        if (text == null) {
            return valuations.of(id).settings().workingHoursPerPerson();
        }
        try {
            return EconomicSettings.workingHours(text);
        } catch (InvalidInputException e) {
            e.violations()
                    .forEach(x -> violations.add(
                            x.field(), x.messageKey(), x.arguments().toArray()));
            return null;
        }
    }
}
