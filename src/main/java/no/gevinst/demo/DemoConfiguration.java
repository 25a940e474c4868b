package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisionInput.KpiInput;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's two configuration decisions (issue 19, seed 000 §2.3.1 "Gevinstdrevet konfigurasjon"), marked as
 * demo and read from {@code demo/configuration.json}: barcode scanning in the closed medication loop, decided before
 * the first go-live and promising that the medication-error indicator is delivered by machine through its FHIR
 * Measure; and, from the digital booking example, an optimisation proposed after go-live whose indicator a report of
 * the EHR produces.
 */
@Component
class DemoConfiguration {

    static final String FILE = "configuration.json";

    private final ConfigDecisions decisions;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoConfiguration(ConfigDecisions decisions, Benefits benefits, Indicators indicators) {
        this.decisions = decisions;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(Map<String, ProgrammeId> byCode) {
        for (DemoConfigurationData data : DemoFiles.list(FILE, DemoConfigurationData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme));
            for (DemoConfigurationData.Decision d : data.decisions()) {
                decisions.loadDemo(
                        programme,
                        new ConfigDecisionInput(
                                d.title(),
                                d.workflow(),
                                d.solutionKind(),
                                d.solution(),
                                d.release(),
                                d.stage(),
                                d.decidedOn(),
                                d.rationale(),
                                kpis(register, d.kpi())));
            }
        }
    }

    /** The KPI, or none when the benefit has no indicator. */
    private List<KpiInput> kpis(List<Benefit> register, DemoConfigurationData.Kpi kpi) {
        Indicator indicator = indicator(register, kpi.benefit());
        if (indicator == null) {
            return List.of();
        }
        String reference = kpi.reference() == null ? indicator.canonicalUrl() : kpi.reference();
        return List.of(new KpiInput(indicator.id().toString(), kpi.production(), reference));
    }

    private Indicator indicator(List<Benefit> register, String benefitTitle) {
        return register.stream()
                .filter(b -> b.title().equals(benefitTitle))
                .findFirst()
                .flatMap(b -> indicators.ofBenefit(b.id()).stream().findFirst())
                .orElse(null);
    }
}
