package no.gevinst.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The dashboard, the flows, the double counting and the reports scoped to one organisation: its allocated shares of
 * the benefits, its measurements and its targets, from the same figures as the programme's, which they reconcile with.
 * A programme null means every visible programme; an organisation the user cannot see is not found.
 */
public interface OrganisationDashboards {

    /** The organisations a user may scope to: those the visible programmes involve or allocate benefits to, by name. */
    List<FlowMatrix.Party> choices();

    /** One of {@link #choices()}. */
    Optional<FlowMatrix.Party> find(OrganisationId organisation);

    OrganisationDashboard of(ProgrammeId programme, OrganisationId organisation, LocalDate today);

    /** The programme's figures over every organisation and the unallocated remainder. */
    Reconciliation reconciliation(ProgrammeId programme, LocalDate today);

    /** The double counts that one of the organisation's benefits takes part in, and its share of the totals. */
    ConflictsView conflicts(ProgrammeId programme, OrganisationId organisation);

    /** The flows the organisation invests in or benefits from. */
    FlowReport flows(ProgrammeId programme, OrganisationId organisation);

    /**
     * What the steering group report prints, scoped to the organisation; dates read and refused as
     * {@link Reports#collect}'s.
     */
    PortfolioReportData collect(String from, String to, ProgrammeId programme, OrganisationId organisation);

    /**
     * The organisation's status for a tertial or year.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code period} or {@code year} (see {@link StatusPeriod})
     */
    OrganisationStatus status(ProgrammeId programme, OrganisationId organisation, String period, String year);
}
