package no.gevinst.valuation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
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

    ValuationPageController(Valuations valuations, Programmes programmes, Benefits benefits) {
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
            Model model) {
        ProgrammeValuation valuation = valuations.of(id);
        Map<String, BigDecimal> values = valuation.assumptions().likely();
        model.addAttribute("programme", programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id)));
        model.addAttribute("v", valuation);
        model.addAttribute("values", values);
        model.addAttribute("tornado", valuations.tornado(id));
        model.addAttribute(
                "workings",
                valuation.valuation().years().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                y -> y.year(),
                                y -> no.gevinst.valuation.YearWorkings.of(
                                        valuation.valuation(), y, valuation.settings()))));
        model.addAttribute("canEdit", programmes.canCoordinate(id));
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
        if (draws != null) {
            model.addAttribute(
                    "simulation",
                    valuations.simulate(
                            id, Uncertainty.Distribution.PERT, Math.max(100, Math.min(draws, 50_000)), 2026));
        }
        return "valuation/page";
    }

    @PostMapping("/programmes/{id}/valuation/assumptions")
    String saveAssumption(
            @PathVariable ProgrammeId id,
            @ModelAttribute ValuationInputs.AssumptionInput input,
            RedirectAttributes redirect) {
        try {
            valuations.saveAssumption(id, input);
            redirect.addFlashAttribute("saved", "valuation.saved.assumption");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("assumptionErrors", e.violations());
        }
        return "redirect:/programmes/" + id + "/valuation#assumptions";
    }

    @PostMapping("/programmes/{id}/valuation/costs")
    String addCost(
            @PathVariable ProgrammeId id,
            @ModelAttribute ValuationInputs.CostInput input,
            RedirectAttributes redirect) {
        try {
            valuations.addCost(id, input);
            redirect.addFlashAttribute("saved", "valuation.saved.cost");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("costErrors", e.violations());
        }
        return "redirect:/programmes/" + id + "/valuation#costs";
    }

    @PostMapping("/programmes/{id}/valuation/model")
    String setModel(
            @PathVariable ProgrammeId id,
            @RequestParam("benefit") BenefitId benefit,
            @RequestParam("actor") String actor,
            @RequestParam("kind") ModelKind kind,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String name : kind.parameters()) {
            parameters.put(name, form.getOrDefault("p_" + name, ""));
        }
        List<String> shares = java.util.Arrays.stream(
                        form.getOrDefault("phaseInShares", "100").split("[;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        try {
            valuations.setModel(
                    benefit,
                    new ValuationInputs.ModelInput(
                            actor,
                            kind.name(),
                            parameters,
                            form.get("phaseInFirstYear"),
                            form.get("phaseInForm"),
                            shares));
            redirect.addFlashAttribute("saved", "valuation.saved.model");
            return "redirect:/programmes/" + id + "/valuation#benefits";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("modelErrors", e.violations());
            return "redirect:/programmes/" + id + "/valuation?benefit=" + benefit + "&kind=" + kind + "#model";
        }
    }

    @PostMapping("/programmes/{id}/valuation/settings")
    String saveSettings(
            @PathVariable ProgrammeId id,
            @RequestParam(name = "firstYear", required = false) String firstYear,
            @RequestParam(name = "lastYear", required = false) String lastYear,
            @RequestParam(name = "realPriceAdjustment", required = false) String realPriceAdjustment,
            @RequestParam(name = EconomicSettings.WORKING_HOURS_FIELD, required = false) String workingHours,
            RedirectAttributes redirect) {
        try {
            Violations violations = new Violations();
            int[] period = period(firstYear, lastYear, violations);
            BigDecimal hours = workingHours(id, workingHours, violations);
            violations.throwIfAny();
            EconomicSettings defaults = EconomicSettings.defaults(period[0], period[1]);
            valuations.saveSettings(
                    id,
                    new EconomicSettings(
                            period[0],
                            period[0],
                            period[1],
                            defaults.discountRates(),
                            defaults.taxFinancingRate(),
                            defaults.realPriceGrowth(),
                            "true".equals(realPriceAdjustment),
                            defaults.coFinancingCutShare(),
                            hours));
            redirect.addFlashAttribute("saved", "valuation.saved.settings");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("settingsErrors", e.violations());
        }
        return "redirect:/programmes/" + id + "/valuation#settings";
    }

    /** The first and last year; null, with the fault added, when they are no period of the analysis. */
    private static int[] period(String firstYear, String lastYear, Violations violations) {
        try {
            int first = Integer.parseInt(Inputs.text(firstYear));
            int last = Integer.parseInt(Inputs.text(lastYear));
            if (last < first || first < 2000 || last > 2150) {
                violations.add("lastYear", "valuation.period.invalid");
                return null;
            }
            return new int[] {first, last};
        } catch (NumberFormatException e) {
            violations.add("firstYear", "valuation.period.invalid");
            return null;
        }
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
