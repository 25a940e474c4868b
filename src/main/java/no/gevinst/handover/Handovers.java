package no.gevinst.handover;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.organisation.Person;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;

/**
 * Handing benefits over to the line: proposed by a coordinator of the benefit's programme to a gevinsteier of the
 * receiving organisation, who alone accepts or declines it; the improvement backlog the line takes on with it; and the
 * warnings about benefits of closed programmes that no line manager has accepted.
 */
public interface Handovers {

    /** The benefit's current handover (proposed or accepted), else its latest declined one; the benefit visible. */
    Optional<Handover> current(BenefitId benefit);

    /** Every handover of the benefit, newest first. */
    List<Handover> history(BenefitId benefit);

    /** True when the current user may propose a handover of the benefit: a coordinator of its programme. */
    boolean canPropose(BenefitId benefit);

    /** True when the current user is the receiver of the handover and it waits for their answer. */
    boolean canDecide(Handover handover);

    /** True when the current user is the person the handover is proposed to, whatever its status. */
    boolean isReceiver(Handover handover);

    /**
     * Who may receive the benefit: people of the programme's organisations whose account holds the gevinsteier role
     * in their own organisation, by name.
     */
    List<Person> receivers(BenefitId benefit);

    /**
     * Proposes the handover, or revises the open proposal at the version read. The benefit's indicators and open
     * measures are read now and kept as they stand.
     *
     * @throws no.gevinst.shared.InvalidInputException naming {@code receiverId} when the person is unknown or no line
     *     manager of the programme's organisations, or the handover is already accepted
     * @throws no.gevinst.shared.VersionConflictException when the open proposal is not at the version read
     */
    Handover propose(BenefitId benefit, HandoverCommand command);

    /**
     * The receiver accepts; the open measures go into the receiving organisation's improvement backlog.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but the receiver
     */
    Handover accept(BenefitId benefit, long expectedVersion);

    /** The receiver declines, saying why. */
    Handover decline(BenefitId benefit, String reason, long expectedVersion);

    /** The handovers proposed to the current user that wait for their answer, oldest first. */
    List<Handover> awaitingCurrentUser();

    /** The handovers to the organisation, newest first; those of programmes the user may see. */
    List<Handover> toOrganisation(OrganisationId organisation);

    /**
     * The benefits of closed programmes among those given (or all the user may see, when empty) that have no
     * accepted line owner.
     */
    List<LineOwnerWarning> withoutLineOwner(List<ProgrammeId> programmes);

    /** The same for the benefits arising in or invested in by the organisation. */
    List<LineOwnerWarning> withoutLineOwnerIn(OrganisationId organisation);

    /** The organisation's improvement backlog; measures that need several organisations first. */
    List<ImprovementItem> backlog(OrganisationId organisation);

    /** True when the current user may name the coordinator of the organisation's cross-organisation measures. */
    boolean canAssign(OrganisationId organisation);

    /**
     * Names the person who coordinates a cross-organisation measure; the regional coordinator.
     *
     * @param coordinator null when none was named: refused as an unknown person
     */
    ImprovementItem assign(UUID item, @Nullable PersonId coordinator, long expectedVersion);

    /** The handover document of the organisation, as PDF/UA in the request's language. */
    byte[] document(OrganisationId organisation);
}
