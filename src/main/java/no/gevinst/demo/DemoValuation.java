package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ValuationInputs.AssumptionInput;
import no.gevinst.valuation.ValuationInputs.CostInput;
import no.gevinst.valuation.ValuationInputs.ModelInput;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * DBEP's priced time saving as seed 004 builds it: the 9 949 persons derived from the letter's own shares, 25
 * minutes a month, the letter's phase-in over 2022–2030, and the 41 735 000 kr of co-financing over three years.
 * The hourly cost is not in the letter; it is a marked demo value.
 */
@Component
class DemoValuation {

    private final Valuations valuations;
    private final Benefits benefits;

    DemoValuation(Valuations valuations, Benefits benefits) {
        this.valuations = valuations;
        this.benefits = benefits;
    }

    void load(ProgrammeId dbep) {
        valuations.saveSettings(dbep, EconomicSettings.defaults(2022, 2030));
        assumption(
                dbep,
                "helsepersonell",
                "189505",
                "personer",
                "Helsepersonell med minst tre års utdanning, tilbakeregnet fra brevets 9 949 = N × 0,70 × 0,50 × 0,15");
        assumption(
                dbep,
                "andel_malgruppe",
                "0.70",
                "andel",
                "Brevet: målgruppen bruker 70 % av kostnadene og helsepersonellet");
        assumption(dbep, "andel_med_besparelse", "0.50", "andel", "Brevet: tidsbesparelse for halvparten av gruppen");
        assumption(dbep, "andel_tatt_i_bruk", "0.15", "andel", "Brevet: 15 % har tatt løsningen i bruk innen 2030");
        assumption(dbep, "minutter_per_maned", "25", "minutter", "Brevet: 25 minutter per måned");
        valuations.saveAssumption(
                dbep,
                new AssumptionInput(
                        "timekost",
                        "550",
                        "650",
                        "800",
                        null,
                        "kr per time",
                        "Demoverdi: lønn for helsepersonell med minst tre års utdanning med sosiale kostnader; ikke oppgitt i brevet",
                        "2021-04-15",
                        "Helsedirektoratet",
                        "true"));
        valuations.saveAssumption(
                dbep,
                new AssumptionInput(
                        "personer",
                        null,
                        null,
                        null,
                        "helsepersonell * andel_malgruppe * andel_med_besparelse * andel_tatt_i_bruk",
                        "personer",
                        "Brevets kjede",
                        null,
                        null,
                        "false"));
        Benefit timeSaving = benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.title().startsWith("Tidsbesparelse for helsepersonell"))
                .findFirst()
                .orElseThrow();
        valuations.setModel(
                timeSaving.id(),
                new ModelInput(
                        "MUNICIPALITIES",
                        "TIME_SAVING",
                        Map.of(
                                "persons", "personer",
                                "minutesPerPeriod", "minutter_per_maned",
                                "periodsPerYear", "12",
                                "hourlyCost", "timekost"),
                        "2022",
                        "INCREASES",
                        List.of("5", "11", "12", "12", "12", "12", "12", "12", "12")));
        for (String[] year : new String[][] {{"2022", "13911667"}, {"2023", "13911667"}, {"2024", "13911666"}}) {
            valuations.addCost(
                    dbep,
                    new CostInput(
                                    "CO_FINANCING",
                                    "OTHER_STATE",
                                    year[0],
                                    year[1],
                                    "Medfinansiering fra Digitaliseringsdirektoratet (41 735 000 kr over tre år)")
                            .command());
            valuations.addCost(
                    dbep,
                    new CostInput(
                                    "INVESTMENT",
                                    "OTHER_STATE",
                                    year[0],
                                    year[1],
                                    "Utvikling av løsningen (demo: satt lik medfinansieringen)")
                            .command());
        }
    }

    private void assumption(ProgrammeId programme, String name, String value, String unit, String source) {
        valuations.saveAssumption(
                programme,
                new AssumptionInput(
                        name, null, value, null, null, unit, source, "2021-04-15", "Helsedirektoratet", "false"));
    }
}
