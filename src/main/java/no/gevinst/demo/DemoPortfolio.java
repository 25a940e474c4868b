package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ValuationInputs.AssumptionInput;
import no.gevinst.valuation.ValuationInputs.ModelInput;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * A deliberate double count for the portfolio's control to find. Two Helseplattformen benefits, identified by
 * different people, are priced as time saved and measured by the same indicator: the hours each clinic spends on
 * manual reporting. Management reports and quality register entries are compiled in those same hours, so the
 * register-entry hours are counted in both. All figures are demo values.
 *
 * <p>Management information is worth 30 clinics × 600 min × 12 ÷ 60 × 700 kr = 2 520 000 kr a year, half of it in
 * 2025 and all from 2026; quality registers 30 × 300 × 12 ÷ 60 × 700 = 1 260 000 kr a year from 2026. From 2026 to
 * 2033 the overlap is the smaller, 1 260 000 kr a year.
 */
@Component
class DemoPortfolio {

    static final String MANAGEMENT_INFORMATION = "Redusert tid til å sammenstille styringsinformasjon";
    static final String QUALITY_REGISTERS = "Bedre datagrunnlag for kvalitetsregistre uten dobbeltregistrering";

    private final Valuations valuations;
    private final Indicators indicators;
    private final Benefits benefits;

    DemoPortfolio(Valuations valuations, Indicators indicators, Benefits benefits) {
        this.valuations = valuations;
        this.indicators = indicators;
        this.benefits = benefits;
    }

    void load(ProgrammeId hp) {
        valuations.saveSettings(hp, EconomicSettings.defaults(2024, 2033));
        assumption(hp, "klinikker", "30", "klinikker", "Demoverdi: klinikker som lager månedsrapporter");
        assumption(hp, "minutter_styringsrapport", "600", "minutter per måned", "Demoverdi: 10 timer per klinikk");
        assumption(hp, "minutter_kvalitetsregister", "300", "minutter per måned", "Demoverdi: 5 timer per klinikk");
        assumption(hp, "timekost_klinikk", "700", "kr per time", "Demoverdi: rådgiver med sosiale kostnader");

        Benefit management = benefit(MANAGEMENT_INFORMATION);
        Benefit registers = benefit(QUALITY_REGISTERS);
        reportingHours(management);
        reportingHours(registers);
        timeSaving(management, "minutter_styringsrapport", "2025", List.of("50", "100"));
        timeSaving(registers, "minutter_kvalitetsregister", "2026", List.of("100"));
    }

    /** The one measure both benefits are priced on; its name, unit and scope are what make it the same. */
    private void reportingHours(Benefit benefit) {
        indicators.create(new IndicatorInput(
                benefit.id().toString(),
                "Timer manuell rapportering per klinikk",
                "Timer klinikkens rådgivere fører på manuell sammenstilling av rapporter og registrering i"
                        + " kvalitetsregistre, fra timeregistreringen.",
                "timer per måned",
                "LOWER_IS_BETTER",
                "QUANTITATIVE",
                "Uttrekk fra timeregistreringen",
                "Personalsystemet",
                "MONTH",
                null,
                "1",
                "5",
                "15",
                "PROGRAMME",
                null,
                "",
                null));
    }

    private void timeSaving(Benefit benefit, String minutes, String firstYear, List<String> cumulative) {
        valuations.setModel(
                benefit.id(),
                new ModelInput(
                        "OWN_ORGANISATION",
                        "TIME_SAVING",
                        Map.of(
                                "persons", "klinikker",
                                "minutesPerPeriod", minutes,
                                "periodsPerYear", "12",
                                "hourlyCost", "timekost_klinikk"),
                        firstYear,
                        "CUMULATIVE",
                        cumulative));
    }

    private Benefit benefit(String title) {
        return benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private void assumption(ProgrammeId programme, String name, String value, String unit, String source) {
        valuations.saveAssumption(
                programme, new AssumptionInput(name, null, value, null, null, unit, source, null, null, "true"));
    }
}
