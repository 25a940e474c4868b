package no.gevinst.valuation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versions;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.Valuations;
import no.gevinst.valuation.YearWorkings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The valuation workbench of a programme: assumptions, each benefit's workings, the yearly table and the results,
 * and the forms through which coordinators set assumptions, models, costs and the analysis period.
 */
@Controller
class ValuationPageController {

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
        model.addAttribute("programme", programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id)));
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
        forms(id, benefit, kind, model);
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

    /** What the forms offer: the programme's priced benefits, the kinds, actors and cost kinds, and the choices. */
    private void forms(ProgrammeId id, String benefit, String kind, Model model) {
        model.addAttribute(
                "pricedBenefits",
                benefits.list(BenefitQuery.all()).stream()
                        .filter(b -> b.programme().equals(id) && b.benefitClass() != BenefitClass.NON_PRICED)
                        .toList());
        model.addAttribute("kinds", ModelKind.values());
        model.addAttribute("actors", Actor.values());
        model.addAttribute("costKinds", Cost.Kind.values());
        model.addAttribute(
                "chosenBenefit",
                Ids.parse(benefit, BenefitId::new).flatMap(benefits::find).orElse(null));
        model.addAttribute("chosenKind", Inputs.choice(kind, ModelKind.class).orElse(null));
    }

    /**
     * The form names the assumption to add or change by typing it, so it carries the versions of every assumption
     * the page showed ({@code name=version;…}); the one typed is the version read.
     */
    @PostMapping("/programmes/{id}/valuation/assumptions")
    String saveAssumption(
            @PathVariable ProgrammeId id,
            @ModelAttribute ValuationInputs.AssumptionInput input,
            @RequestParam(name = "readVersions", required = false) String readVersions,
            RedirectAttributes redirect) {
        SavedOrFlashed.saved(
                () -> valuations.saveAssumption(
                        id, input.withVersion(ValuationForms.readVersion(readVersions, input.name()))),
                redirect,
                "assumptionErrors",
                "valuation.saved.assumption");
        return "redirect:/programmes/" + id + "/valuation#assumptions";
    }

    @PostMapping("/programmes/{id}/valuation/costs")
    String addCost(
            @PathVariable ProgrammeId id,
            @ModelAttribute ValuationInputs.CostInput input,
            RedirectAttributes redirect) {
        valuations.requireMayChange(id);
        SavedOrFlashed.saved(
                () -> valuations.addCost(id, input.command()), redirect, "costErrors", "valuation.saved.cost");
        return "redirect:/programmes/" + id + "/valuation#costs";
    }

    @PostMapping("/programmes/{id}/valuation/model")
    String setModel(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "benefit", required = false) String benefitId,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "kind", required = false) String kindName,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        // Rights first: the form is read only for the programme's coordinators.
        valuations.requireMayChange(id);
        BenefitId benefit = Ids.parse(benefitId, BenefitId::new)
                .filter(b -> benefits.find(b)
                        .filter(found -> found.programme().equals(id))
                        .isPresent())
                .orElse(null);
        ModelKind kind = Inputs.choice(kindName, ModelKind.class).orElse(null);
        if (benefit == null || kind == null) {
            redirect.addFlashAttribute("modelErrors", ValuationForms.unchosen(benefit, kind));
            return "redirect:/programmes/" + id + "/valuation#model";
        }
        if (SavedOrFlashed.saved(
                () -> valuations.setModel(benefit, ValuationForms.modelInput(kind, actor, form)),
                redirect,
                "modelErrors",
                "valuation.saved.model")) {
            return "redirect:/programmes/" + id + "/valuation#benefits";
        }
        return "redirect:/programmes/" + id + "/valuation?benefit=" + benefit + "&kind=" + kind + "#model";
    }

    @PostMapping("/programmes/{id}/valuation/settings")
    String saveSettings(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "firstYear", required = false) String firstYear,
            @RequestParam(name = "lastYear", required = false) String lastYear,
            @RequestParam(name = "realPriceAdjustment", required = false) String realPriceAdjustment,
            @RequestParam(name = EconomicSettings.WORKING_HOURS_FIELD, required = false) String workingHours,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        valuations.requireMayChange(id);
        SavedOrFlashed.saved(
                () -> {
                    Violations violations = new Violations();
                    int[] period = ValuationForms.period(firstYear, lastYear, violations);
                    BigDecimal hours = workingHours(id, workingHours, violations);
                    violations.throwIfAny();
                    valuations.saveSettings(
                            id,
                            ValuationForms.settings(period, "true".equals(realPriceAdjustment), hours),
                            Inputs.text(version).isEmpty() ? null : Versions.expected(null, version));
                },
                redirect,
                "settingsErrors",
                "valuation.saved.settings");
        return "redirect:/programmes/" + id + "/valuation#settings";
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
