package no.gevinst.portfolio.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationDashboard;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.Reconciliation;
import no.gevinst.shared.BenefitId;
import org.springframework.context.MessageSource;

/**
 * What the scoped dashboard's JSON adds to the dashboard's figures (which are then the organisation's): its share of
 * each year benefit by benefit with the formula in words, the programme's figures over every organisation and the
 * unallocated remainder, and the indicators that measure it.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "OrganisationFiguresResource")
record OrganisationResource(
        FlowMatrix.Party organisation,
        List<YearShare> years,
        List<ReconciliationLine> reconciliation,
        List<OrganisationDashboard.OrganisationIndicator> indicators) {

    static OrganisationResource of(OrganisationDashboard d, MessageSource messages, Locale locale) {
        Function<OrganisationFigures.Part, String> formula = p -> messages.getMessage(
                "portfolio.organisation.formulaOf",
                new Object[] {Money.of(p.percent(), 2), Money.of(p.forecast(), 0), Money.of(p.forecastPart(), 0)},
                locale);
        return new OrganisationResource(
                d.organisation(),
                d.figures().years().stream()
                        .map(y -> new YearShare(
                                y.year(),
                                y.forecast(),
                                y.excluded(),
                                y.net(),
                                y.realised(),
                                y.unsigned(),
                                y.parts().stream()
                                        .map(p -> new PartLine(
                                                p.id(),
                                                p.code(),
                                                p.percent(),
                                                p.forecast(),
                                                p.forecastPart(),
                                                p.excludedPart(),
                                                p.realised(),
                                                p.realisedPart(),
                                                p.signed(),
                                                formula.apply(p)))
                                        .toList()))
                        .toList(),
                lines(d.reconciliation()),
                d.indicators());
    }

    private static List<ReconciliationLine> lines(Reconciliation r) {
        List<ReconciliationLine> lines = new java.util.ArrayList<>();
        r.organisations().forEach(o -> lines.add(ReconciliationLine.of("ORGANISATION", o)));
        lines.add(ReconciliationLine.of("UNALLOCATED", r.unallocated()));
        lines.add(ReconciliationLine.of("PROGRAMME", r.whole()));
        return lines;
    }

    /** The organisation's share of one year; realised and unsigned null when none of its benefits was measured. */
    record YearShare(
            int year,
            BigDecimal forecast,
            BigDecimal excluded,
            BigDecimal net,
            BigDecimal realised,
            BigDecimal unsigned,
            List<PartLine> parts) {}

    /** One benefit's share: percent × forecast = forecastPart, and the same for excluded and realised. */
    record PartLine(
            BenefitId benefit,
            String code,
            BigDecimal percent,
            BigDecimal forecast,
            BigDecimal forecastPart,
            BigDecimal excludedPart,
            BigDecimal realised,
            BigDecimal realisedPart,
            boolean signed,
            String formula) {}

    /**
     * @param kind ORGANISATION, UNALLOCATED (the remainder no organisation is allocated) or PROGRAMME (the whole, which
     *     the others add up to)
     */
    record ReconciliationLine(
            String kind, FlowMatrix.Party organisation, BigDecimal forecast, BigDecimal net, BigDecimal realised) {

        static ReconciliationLine of(String kind, OrganisationFigures f) {
            return new ReconciliationLine(kind, f.organisation(), f.forecast(), f.net(), f.realised());
        }
    }

    /** Kroner and shares as the page writes them: grouped by a space, decimal comma. */
    static final class Money {

        private Money() {}

        static String of(BigDecimal value, int decimals) {
            java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(Locale.ROOT);
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
            java.text.DecimalFormat format = new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.##", symbols);
            format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
            return format.format(value);
        }
    }
}
