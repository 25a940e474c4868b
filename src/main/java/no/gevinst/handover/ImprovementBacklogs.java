package no.gevinst.handover;

import java.util.List;
import java.util.UUID;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's improvement backlog as the line keeps it after close: the open measures taken over with accepted
 * handovers and the measures it adds itself, each moved through the plan's statuses by the organisation's own
 * coordinators and benefit owners; a measure that needs several organisations coordinated by a person the regional
 * coordinator names. Every write is audited and carries the version read.
 */
public interface ImprovementBacklogs {

    /** The organisation's backlog, measures that need several organisations first; the organisation visible. */
    List<ImprovementItem> items(OrganisationId organisation);

    /** One measure of the organisation's backlog. */
    ImprovementItem item(OrganisationId organisation, UUID item);

    /**
     * True when the current user may add measures to the organisation's backlog and move them on: a coordinator or
     * gevinsteier of the organisation, a regional coordinator of its region, an administrator.
     */
    boolean canManage(OrganisationId organisation);

    /** True when the current user names the coordinators of its cross-organisation measures. */
    boolean canAssign(OrganisationId organisation);

    /**
     * Adds a measure of the line's own.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code responsibleId} or {@code organisationIds} when
     *     the person or an organisation is unknown
     */
    ImprovementItem add(OrganisationId organisation, ImprovementItemCommand command);

    /**
     * Moves the measure to the status.
     *
     * @throws no.gevinst.shared.VersionConflictException when it is no longer at the version read
     */
    ImprovementItem changeStatus(OrganisationId organisation, UUID item, MeasureStatus status, long expectedVersion);

    /** Names the person who coordinates a measure that needs several organisations; the regional coordinator. */
    ImprovementItem assign(
            OrganisationId organisation, UUID item, @Nullable PersonId coordinator, long expectedVersion);
}
