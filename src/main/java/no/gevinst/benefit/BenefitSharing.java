package no.gevinst.benefit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;

/**
 * Benefits shared between programmes (seed 000 §1: two strategies, one fellesrom), and benefits merged into one. A
 * shared benefit stays one record in its home programme; its measurements are counted once, on that record. The
 * shares of the programmes sharing it add up to at most 100 %; the home programme keeps what is left.
 */
public interface BenefitSharing {

    /** The programmes the benefit is shared with or proposed to, by share (largest first). */
    List<BenefitShare> shares(BenefitId benefit);

    /** The shares of several benefits, each a key only when it has any: for the register's rows. */
    Map<BenefitId, List<BenefitShare>> shares(Collection<BenefitId> benefits);

    /** The share of each benefit other programmes share with the programme (accepted shares only). */
    Map<BenefitId, Percent> sharedWith(ProgrammeId programme);

    /** The accepted shares of the programme's own benefits with other programmes (what it shares out). */
    List<BenefitShare> sharedOutOf(ProgrammeId programme);

    /** What the home programme keeps: 100 % less the shares proposed or accepted for other programmes. */
    Percent homeShare(BenefitId benefit);

    /** Proposals to programmes the current user coordinates, waiting for their acceptance. */
    List<BenefitShare> awaitingMyAcceptance();

    /** True when the current user may propose sharing the benefit: a coordinator of its home programme. */
    boolean canPropose(Benefit benefit);

    /** True when the current user may accept the share: a coordinator of the receiving programme. */
    boolean canAccept(BenefitShare share);

    /** True when the current user may end the share: a coordinator of either programme. */
    boolean canEnd(Benefit benefit, BenefitShare share);

    /**
     * Proposes to share the benefit with a programme. Refused (naming the field) for the home programme itself, a
     * programme already sharing it, or a share that would bring the shares of the sharing programmes above 100 %.
     */
    BenefitShare propose(BenefitId benefit, String programme, String share);

    /** The receiving programme's coordinator accepts the share still at the expected version. */
    BenefitShare accept(BenefitId benefit, ProgrammeId programme, long expectedVersion);

    /** Ends (or withdraws) the share still at the expected version; a coordinator of either programme. */
    void end(BenefitId benefit, ProgrammeId programme, long expectedVersion);

    /** Where the benefit was merged into, if it was. */
    Optional<BenefitMerge> mergedInto(BenefitId benefit);

    /** The benefits merged into this one, oldest first. */
    List<BenefitMerge> mergedFrom(BenefitId benefit);

    /** Every merge the benefit took part in, either way, oldest first: for its profile, in one read. */
    List<BenefitMerge> merges(BenefitId benefit);

    /** True when the current user may merge benefits into this one: a coordinator of its home programme. */
    boolean canMerge(Benefit kept);

    /**
     * Records that the merged-away benefit is the same as the kept one, by a decision with its reason and reference.
     * The kept benefit must be at the version the coordinator saw; the coordinator must coordinate both programmes.
     */
    BenefitMerge merge(BenefitId kept, String mergedCode, String reason, String decisionReference, long keptVersion);
}
