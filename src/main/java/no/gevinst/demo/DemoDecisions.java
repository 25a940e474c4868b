package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.Decisions;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helse Midt-Norge RHF's board decision on Helseplattformen's targets (seed 000 §3.1: "Konkrete gevinstmål vedtas av
 * Styret i Helse Midt-Norge RHF og innarbeides som en del av styringskrav til helseforetakene"), split over the
 * three trusts. The case number, the dates and every figure are invented demo values, and the decision's text says
 * so. In 2026 the trusts' targets add up to the programme's 100 000 000 kr; in 2027 Helse Nord-Trøndelag's is
 * 2 000 000 kr lower, so that the decision page shows a year that does not add up.
 */
@Component
class DemoDecisions {

    private final Decisions decisions;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoDecisions(Decisions decisions, Benefits benefits, Indicators indicators) {
        this.decisions = decisions;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(ProgrammeId hp, OrganisationId stOlav, OrganisationId moreRomsdal, OrganisationId nordTrondelag) {
        BoardDecision decision = decisions.record(
                hp,
                new DecisionInput(
                        "Styret i Helse Midt-Norge RHF",
                        "2024-06-20",
                        "45/24 (demo)",
                        "Styresak 45/24, Gevinstmål for Helseplattformen (demo)",
                        """
                        Styret vedtar gevinstmålene for Helseplattformen fordelt på helseforetakene, og ber \
                        administrerende direktør innarbeide dem i oppdragsdokumentene for 2026 og 2027.

                        Demoverdier: saksnummer, datoer og alle beløp og måltall i dette vedtaket er oppdiktet for \
                        demonstrasjonen og er ikke Helse Midt-Norges egne.""",
                        "false",
                        null));
        long version = decision.version();
        String[][] kroner = {
            {"2026", "CASH_RELEASING", "30000000", "20000000", "12000000"},
            {"2026", "CAPACITY", "20000000", "10000000", "8000000"},
            {"2027", "CASH_RELEASING", "30000000", "20000000", "10000000"},
            {"2027", "CAPACITY", "20000000", "10000000", "8000000"}
        };
        List<OrganisationId> trusts = List.of(stOlav, moreRomsdal, nordTrondelag);
        for (String[] row : kroner) {
            for (int t = 0; t < trusts.size(); t++) {
                version = decisions
                        .setEconomicTarget(
                                hp,
                                decision.number(),
                                new EconomicTargetInput(trusts.get(t).toString(), row[0], row[1], row[2 + t]),
                                version)
                        .version();
            }
        }
        Map<String, Indicator> byName = indicatorsOf(hp);
        String[][] kpis = {
            {"Legemiddelavvik per 1 000 liggedøgn", stOlav.toString(), "2,0", "2026-12-31"},
            {"Minutter dokumentasjon per pasientkontakt", moreRomsdal.toString(), "12", "2026-12-31"},
            {"Andel pasienter som har brukt pasientportalen", nordTrondelag.toString(), "60", "2027-12-31"}
        };
        for (String[] kpi : kpis) {
            Indicator indicator = byName.get(kpi[0]);
            if (indicator != null) {
                version = decisions
                        .setKpiTarget(
                                hp,
                                decision.number(),
                                new KpiTargetInput(kpi[1], indicator.id().toString(), kpi[2], kpi[3]),
                                version)
                        .version();
            }
        }
    }

    private Map<String, Indicator> indicatorsOf(ProgrammeId hp) {
        var ids = benefits.list(BenefitQuery.inProgramme(hp)).stream()
                .map(b -> b.id())
                .toList();
        return indicators.ofBenefits(ids).values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(Indicator::name, Function.identity(), (a, b) -> a));
    }
}
