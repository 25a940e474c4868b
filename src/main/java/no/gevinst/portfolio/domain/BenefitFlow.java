package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;

/**
 * What the flow matrix needs to know about one benefit, so that the matrix is a pure function tests can feed by hand.
 *
 * @param nokPerYear its value at full effect from its programme's valuation; zero when not priced
 * @param investors the organisations that invest in it
 * @param allocations the share in percent of the benefit arising in each organisation
 */
record BenefitFlow(
        BenefitId id,
        BigDecimal nokPerYear,
        List<OrganisationId> investors,
        Map<OrganisationId, BigDecimal> allocations) {

    BenefitFlow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nokPerYear, "nokPerYear");
        investors = List.copyOf(new LinkedHashSet<>(investors));
        allocations = Map.copyOf(allocations);
    }

    /** Some organisation invests in a share that arises in another. */
    boolean crossesOrganisations() {
        return !signers().isEmpty();
    }

    /** The benefiting organisations in which some other organisation invests: they sign off the actuals. */
    Set<OrganisationId> signers() {
        Set<OrganisationId> signers = new LinkedHashSet<>();
        for (OrganisationId to : allocations.keySet()) {
            if (investors.stream().anyMatch(from -> !from.equals(to))) {
                signers.add(to);
            }
        }
        return signers;
    }
}
