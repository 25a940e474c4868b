package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The programme's figures split over the organisations its benefits are allocated to, with what no organisation is
 * allocated as its own line: the organisations' shares and the remainder add up to the programme's figure, to the øre.
 * A remainder below zero means shares above 100 % (a double count the control names).
 *
 * @param whole the figures of everything counted, the dashboard's (forecast, excluded, net, realised per year)
 * @param organisations each organisation with a share, by name
 * @param unallocated the part allocated to no organisation
 */
public record Reconciliation(
        OrganisationFigures whole, List<OrganisationFigures> organisations, OrganisationFigures unallocated) {

    public Reconciliation {
        organisations = List.copyOf(organisations);
    }

    /** The sum over the organisations and the remainder of one figure over every year. */
    public BigDecimal sum(Function<OrganisationFigures, BigDecimal> figure) {
        BigDecimal sum = figure.apply(unallocated);
        for (OrganisationFigures o : organisations) {
            sum = sum.add(figure.apply(o));
        }
        return sum;
    }

    /** True when forecast, net and realised of the parts add up to the whole's, to the øre. */
    public boolean balances() {
        return sum(OrganisationFigures::forecast).compareTo(whole.forecast()) == 0
                && sum(OrganisationFigures::net).compareTo(whole.net()) == 0
                && sum(OrganisationFigures::realised).compareTo(whole.realised()) == 0;
    }
}
