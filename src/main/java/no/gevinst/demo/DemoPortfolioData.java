package no.gevinst.demo;

import java.util.List;
import no.gevinst.valuation.ValuationInputs.ModelInput;

/**
 * A deliberate double count as {@code demo/portfolio.json} writes it: a programme's period and demo-valued
 * assumptions, the one indicator each of the benefits is measured by, and the benefits (by title) with their models.
 */
record DemoPortfolioData(
        String programme,
        int firstYear,
        int lastYear,
        List<Assumption> assumptions,
        Indicator indicator,
        List<Priced> benefits) {

    /** An assumption of a likely number, marked as a demo value. */
    record Assumption(String name, String likely, String unit, String source) {}

    /** The indicator given to each of the benefits: its name, unit and scope are what make it the same measure. */
    record Indicator(
            String name,
            String definition,
            String unit,
            String direction,
            String kind,
            String method,
            String dataSource,
            String frequency,
            String costHours,
            String amberTolerance,
            String redTolerance,
            String scope) {}

    /** A benefit by its title and the model it is priced by. */
    record Priced(String benefit, ModelInput model) {}
}
