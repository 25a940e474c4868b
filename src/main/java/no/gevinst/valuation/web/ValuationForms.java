package no.gevinst.valuation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.Violations;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;

/** Reads the valuation page's forms, whose fields do not map one to one onto the inputs the module takes. */
final class ValuationForms {

    private ValuationForms() {}

    /** Why the model form cannot be read: no benefit of the programme, or no kind of model, chosen. */
    static List<FieldViolation> unchosen(BenefitId benefit, ModelKind kind) {
        List<FieldViolation> faults = new ArrayList<>();
        if (benefit == null) {
            faults.add(FieldViolation.of("benefit", "valuation.model.benefitUnknown"));
        }
        if (kind == null) {
            faults.add(FieldViolation.of("kind", "valuation.kind.invalid"));
        }
        return faults;
    }

    /**
     * The form's field for the field a fault names: a model's parameter at its {@code parameters[name]}, a fault of
     * its phase-in at the shares; null for a fault of no field of the form (the version), shown for the whole form.
     */
    static UnaryOperator<String> fieldOf(Set<String> fields) {
        return name -> {
            if (fields.contains(name)) {
                return name;
            }
            if (name.startsWith("parameters.")) {
                return "parameters[" + name.substring("parameters.".length()) + "]";
            }
            return name.startsWith("phaseIn") && fields.contains("phaseInShares") ? "phaseInShares" : null;
        };
    }

    /** The settings of the form: its period and working hours, with R-109's rules for the period. */
    static EconomicSettings settings(int[] period, boolean realPriceAdjustment, BigDecimal hours) {
        EconomicSettings defaults = EconomicSettings.defaults(period[0], period[1]);
        return new EconomicSettings(
                period[0],
                period[0],
                period[1],
                defaults.discountRates(),
                defaults.taxFinancingRate(),
                defaults.realPriceGrowth(),
                realPriceAdjustment,
                defaults.coFinancingCutShare(),
                hours);
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
    static int[] period(String firstYear, String lastYear, Violations violations) {
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
}
