package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInputBuilder;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * A deliberate double count for the portfolio's control to find, read from {@code demo/portfolio.json}. Two
 * Helseplattformen benefits, identified by different people, are priced as time saved and measured by the same
 * indicator: the hours each clinic spends on manual reporting. Management reports and quality register entries are
 * compiled in those same hours, so the register-entry hours are counted in both. All figures are demo values.
 *
 * <p>Management information is worth 30 clinics × 600 min × 12 ÷ 60 × 700 kr = 2 520 000 kr a year, half of it in
 * 2025 and all from 2026; quality registers 30 × 300 × 12 ÷ 60 × 700 = 1 260 000 kr a year from 2026. From 2026 to
 * 2033 the overlap is the smaller, 1 260 000 kr a year.
 */
@Component
class DemoPortfolio {

    static final String FILE = "portfolio.json";

    private final Valuations valuations;
    private final Indicators indicators;
    private final Benefits benefits;

    DemoPortfolio(Valuations valuations, Indicators indicators, Benefits benefits) {
        this.valuations = valuations;
        this.indicators = indicators;
        this.benefits = benefits;
    }

    void load(Map<String, ProgrammeId> byCode) {
        for (DemoPortfolioData data : DemoFiles.list(FILE, DemoPortfolioData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            valuations.saveSettings(programme, EconomicSettings.defaults(data.firstYear(), data.lastYear()));
            data.assumptions()
                    .forEach(a -> valuations.saveAssumption(
                            programme,
                            AssumptionInputBuilder.number(a.name(), a.likely())
                                    .unit(a.unit())
                                    .source(a.source())
                                    .demoValue()
                                    .build()));
            List<Benefit> priced = data.benefits().stream()
                    .map(p -> benefit(programme, p.benefit()))
                    .toList();
            // All the indicators first, then the models, as the benefits were first measured and then priced.
            priced.forEach(b -> measure(b, data.indicator()));
            for (int k = 0; k < priced.size(); k++) {
                valuations.setModel(priced.get(k).id(), data.benefits().get(k).model());
            }
        }
    }

    private void measure(Benefit benefit, DemoPortfolioData.Indicator i) {
        indicators.create(IndicatorCommand.parse(IndicatorInputBuilder.indicator()
                .benefitId(benefit.id().toString())
                .name(i.name())
                .definition(i.definition())
                .unit(i.unit())
                .direction(i.direction())
                .kind(i.kind())
                .method(i.method())
                .dataSource(i.dataSource())
                .frequency(i.frequency())
                .costHours(i.costHours())
                .amberTolerance(i.amberTolerance())
                .redTolerance(i.redTolerance())
                .scope(i.scope())
                .build()));
    }

    private Benefit benefit(ProgrammeId programme, String title) {
        return benefits.list(BenefitQuery.inProgramme(programme)).stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo benefit " + title));
    }
}
