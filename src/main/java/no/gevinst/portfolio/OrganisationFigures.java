package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.shared.BenefitId;

/**
 * One organisation's share of the priced benefits counted, year by year: each benefit's figures times the share of it
 * allocated to the organisation, so that every figure has its formula ("40 % av 2 000 000 kr = 800 000 kr"). The
 * organisation's kroner are kept exact (never rounded), so that the organisations' shares and the unallocated remainder
 * add up to the programme's figure to the øre ({@link Reconciliation}).
 *
 * @param organisation the organisation; null for the unallocated remainder (100 % less the shares allocated)
 * @param years every year the counted programmes price, with the organisation's part of each figure
 */
public record OrganisationFigures(FlowMatrix.Party organisation, List<Year> years) {

    public OrganisationFigures {
        years = List.copyOf(years);
    }

    public Year year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    public BigDecimal forecast() {
        return years.stream().map(Year::forecast).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal net() {
        return years.stream().map(Year::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Realised over every year reckoned; zero when nothing was measured. */
    public BigDecimal realised() {
        return years.stream()
                .map(y -> y.realised() == null ? BigDecimal.ZERO : y.realised())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The organisation's part of one year.
     *
     * @param excluded its part of what double counting leaves out
     * @param net forecast − excluded
     * @param realised its part of the realised kroner; null when none of its benefits was measured in the year
     * @param unsigned the part of realised that the benefiting parties have not signed off; null with realised
     * @param parts the benefits with a share in the organisation, each with its formula
     */
    public record Year(
            int year,
            BigDecimal forecast,
            BigDecimal excluded,
            BigDecimal net,
            BigDecimal realised,
            BigDecimal unsigned,
            List<Part> parts) {

        public Year {
            parts = List.copyOf(parts);
        }

        /** Signed off, or needing no sign-off; null when not measured. */
        public BigDecimal signed() {
            return realised == null ? null : realised.subtract(unsigned);
        }
    }

    /**
     * One benefit's figures in a year and the organisation's share of them: share × whole = part.
     *
     * @param percent the share of the benefit allocated to the organisation (for the remainder: 100 less all shares)
     * @param realised the benefit's realised kroner in the year; null when it was not measured
     * @param signed its realised kroner are signed off by every benefiting party (or need no sign-off)
     */
    public record Part(
            BenefitId id,
            String code,
            String title,
            String programmeCode,
            BigDecimal percent,
            BigDecimal forecast,
            BigDecimal excluded,
            BigDecimal realised,
            boolean signed) {

        public BigDecimal forecastPart() {
            return OrganisationFigures.share(forecast, percent);
        }

        public BigDecimal excludedPart() {
            return OrganisationFigures.share(excluded, percent);
        }

        public BigDecimal netPart() {
            return forecastPart().subtract(excludedPart());
        }

        public BigDecimal realisedPart() {
            return realised == null ? null : OrganisationFigures.share(realised, percent);
        }
    }

    /** percent % of the whole, exact: the shares of one whole that add up to 100 % add up to the whole. */
    public static BigDecimal share(BigDecimal whole, BigDecimal percent) {
        return whole.multiply(percent).movePointLeft(2);
    }
}
