package no.gevinst.evidence;

import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.shared.ProgrammeId;

/**
 * Evidence of attribution (issue 19, seed 000 §2.3.5, seed 004): a programme's evaluations and studies, each linked
 * to benefits of the programme. Whoever sees the programme reads them; its coordinators and those holding the
 * gevinsteier role in one of its parties write them. Every write is audited; a stale version is refused with a
 * VersionConflictException, bad input with an InvalidInputException naming the field; a programme the user does not
 * see is a NotFoundException.
 */
public interface EvidenceRegister {

    /** The programme's evaluations, by title. */
    List<Evidence> list(ProgrammeId programme);

    Optional<Evidence> find(ProgrammeId programme, EvidenceId id);

    /**
     * The evaluations linked to the benefit, as the benefit's profile shows them under attribution.
     *
     * @param benefit a benefit as the benefit module handed it to the current user, who may therefore see it
     */
    List<Evidence> ofBenefit(Benefit benefit);

    /** The programme's evaluations linked to at least one of the benefits, by title: what its documents print. */
    List<Evidence> forBenefits(ProgrammeId programme, java.util.Collection<no.gevinst.shared.BenefitId> benefits);

    /** Whether the current user may write the programme's evaluations. */
    boolean canWrite(ProgrammeId programme);

    /** Refuses unless the current user may write (NotFoundException when they do not see the programme). */
    void requireWriter(ProgrammeId programme);

    Evidence create(ProgrammeId programme, EvidenceInput input);

    Evidence update(ProgrammeId programme, EvidenceId id, EvidenceInput input, long expectedVersion);

    /** Deletes an evaluation with its links to benefits. */
    void delete(ProgrammeId programme, EvidenceId id, long expectedVersion);
}
