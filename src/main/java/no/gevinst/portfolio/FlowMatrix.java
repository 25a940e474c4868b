package no.gevinst.portfolio;

import java.math.BigDecimal;
import java.util.List;
import no.gevinst.shared.OrganisationId;

/**
 * Investing organisation × benefiting organisation: the kroner per year at full effect that flow from the one to the
 * other, and how many benefits carry them. A benefit's value at full effect is split over its benefiting
 * organisations by their allocation shares (what is not allocated flows nowhere), and each part evenly over the
 * benefit's investors. Benefits without investors or allocations, and dis-benefits, have no flow.
 *
 * @param investing the investing organisations, by name
 * @param benefiting the benefiting organisations, by name
 * @param flows every non-empty cell, in the order of {@code investing} then {@code benefiting}
 * @param crossOrganisationTotal the sum of the flows whose investor is not the beneficiary
 * @param crossOrganisationBenefits how many benefits have at least one such flow
 */
public record FlowMatrix(
        List<Party> investing,
        List<Party> benefiting,
        List<Flow> flows,
        BigDecimal total,
        BigDecimal crossOrganisationTotal,
        int crossOrganisationBenefits) {

    public FlowMatrix {
        investing = List.copyOf(investing);
        benefiting = List.copyOf(benefiting);
        flows = List.copyOf(flows);
    }

    /** The cell from one organisation to another; null when nothing flows there. */
    public Flow flow(OrganisationId from, OrganisationId to) {
        return flows.stream()
                .filter(f -> f.from().equals(from) && f.to().equals(to))
                .findFirst()
                .orElse(null);
    }

    public boolean isEmpty() {
        return flows.isEmpty();
    }

    /** An organisation as the matrix names it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FlowParty")
    public record Party(OrganisationId id, String name) {}

    /**
     * One cell of the matrix.
     *
     * @param nokPerYear kroner per year at full effect
     * @param benefits how many benefits contribute to the cell, priced or not
     * @param crossOrganisation true when the investor is not the beneficiary
     */
    public record Flow(
            OrganisationId from, OrganisationId to, BigDecimal nokPerYear, int benefits, boolean crossOrganisation) {}
}
