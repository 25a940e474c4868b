package no.gevinst.valuation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
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

    /** What a form says when someone else saved first: reload and make the change again. */
    private static final List<FieldViolation> CONFLICT = List.of(FieldViolation.of("version", "version.conflict"));

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
        ProgrammeValuation computed;
        try {
            computed = valuations.of(id);
            model.addAttribute("tornado", valuations.tornado(id));
        } catch (ValuationUnavailableException e) {
            // The page still opens, with the problem in place of the figures, so that a coordinator can mend it.
            model.addAttribute("unavailable", e.causes());
            model.addAttribute("tornado", List.of());
            int year = NorwegianTime.today().getYear();
            computed = ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9));
        }
        ProgrammeValuation valuation = computed;
        Map<String, BigDecimal> values = valuation.assumptions().likely();
        model.addAttribute("v", valuation);
        model.addAttribute("values", values);
        model.addAttribute("versions", valuations.versions(id));
        model.addAttribute(
                "workings",
                valuation.valuation().years().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                y -> y.year(),
                                y -> no.gevinst.valuation.YearWorkings.of(
                                        valuation.valuation(), y, valuation.settings(), messages, locale))));
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
        if (draws != null && !model.containsAttribute("unavailable")) {
            model.addAttribute(
                    "simulation",
                    valuations.simulate(
                            id, Uncertainty.Distribution.PERT, Math.max(100, Math.min(draws, 50_000)), 2026));
        }
        return "valuation/page";
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
        try {
            valuations.saveAssumption(id, input.withVersion(readVersion(readVersions, input.name())));
            redirect.addFlashAttribute("saved", "valuation.saved.assumption");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("assumptionErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("assumptionErrors", CONFLICT);
        }
        return "redirect:/programmes/" + id + "/valuation#assumptions";
    }

    @PostMapping("/programmes/{id}/valuation/costs")
    String addCost(
            @PathVariable ProgrammeId id,
            @ModelAttribute ValuationInputs.CostInput input,
            RedirectAttributes redirect) {
        valuations.requireMayChange(id);
        try {
            valuations.addCost(id, input.command());
            redirect.addFlashAttribute("saved", "valuation.saved.cost");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("costErrors", e.violations());
        }
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
            List<FieldViolation> faults = new java.util.ArrayList<>();
            if (benefit == null) {
                faults.add(FieldViolation.of("benefit", "valuation.model.benefitUnknown"));
            }
            if (kind == null) {
                faults.add(FieldViolation.of("kind", "valuation.kind.invalid"));
            }
            redirect.addFlashAttribute("modelErrors", faults);
            return "redirect:/programmes/" + id + "/valuation#model";
        }
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
                            shares,
                            form.get("version")));
            redirect.addFlashAttribute("saved", "valuation.saved.model");
            return "redirect:/programmes/" + id + "/valuation#benefits";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("modelErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("modelErrors", CONFLICT);
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
                            hours),
                    Inputs.text(version).isEmpty() ? null : Versions.expected(null, version));
            redirect.addFlashAttribute("saved", "valuation.saved.settings");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("settingsErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("settingsErrors", CONFLICT);
        }
        return "redirect:/programmes/" + id + "/valuation#settings";
    }

    /** The version of the named assumption among those the page showed; blank for a new name. */
    static String readVersion(String readVersions, String name) {
        String wanted = Inputs.text(name).toLowerCase(java.util.Locale.ROOT);
        for (String pair : Inputs.text(readVersions).split(";")) {
            int at = pair.lastIndexOf('=');
            if (at > 0 && pair.substring(0, at).equals(wanted)) {
                return pair.substring(at + 1);
            }
        }
        return null;
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
