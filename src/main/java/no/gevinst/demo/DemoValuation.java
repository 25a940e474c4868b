package no.gevinst.demo;

import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * DBEP's priced time saving as seed 004 builds it, read from {@code demo/valuations.json}: the 9 949 persons derived
 * from the letter's own shares, 25 minutes a month, the letter's phase-in over 2022–2030, and the 41 735 000 kr of
 * co-financing over three years. The hourly cost is not in the letter; it is a marked demo value.
 */
@Component
class DemoValuation {

    static final String FILE = "valuations.json";

    private final Valuations valuations;
    private final Benefits benefits;

    DemoValuation(Valuations valuations, Benefits benefits) {
        this.valuations = valuations;
        this.benefits = benefits;
    }

    void load(Map<String, ProgrammeId> byCode) {
        for (DemoValuationData data : DemoFiles.list(FILE, DemoValuationData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            if (programme == null) {
                throw new IllegalStateException("No demo programme " + data.programme());
            }
            valuations.saveSettings(programme, EconomicSettings.defaults(data.firstYear(), data.lastYear()));
            data.assumptions().forEach(a -> valuations.saveAssumption(programme, a));
            for (DemoValuationData.Model model : data.models()) {
                valuations.setModel(benefit(programme, model.benefit()).id(), model.model());
            }
            data.costs().forEach(c -> valuations.addCost(programme, c.command()));
        }
    }

    private Benefit benefit(ProgrammeId programme, String title) {
        return benefits.list(BenefitQuery.inProgramme(programme)).stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo benefit " + title));
    }
}
