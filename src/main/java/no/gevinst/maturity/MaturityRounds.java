package no.gevinst.maturity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Maturity assessment rounds (modenhetsvurdering, seed 000 §2.3.6). A programme's coordinators write a round from a
 * template, send it to organisations and units and close it; anyone signed in with a role in one of those units
 * answers it once, and may change the answer until it closes; whoever sees the programme reads the results once it
 * is closed, aggregated so that nothing is shown for fewer than {@link Results#THRESHOLD} respondents. Every write is
 * audited; a stale version is refused with a VersionConflictException, bad input with an InvalidInputException
 * naming the field; a programme the user does not see is a NotFoundException.
 */
public interface MaturityRounds {

    /** The programme's rounds, the latest first. */
    List<Round> rounds(ProgrammeId programme);

    Optional<Round> find(ProgrammeId programme, RoundId round);

    /** Whether the current user may write, send and close the programme's rounds and start their measures. */
    boolean canCoordinate(ProgrammeId programme);

    /** Refuses unless the current user coordinates the programme (NotFoundException when they do not see it). */
    void requireCoordinator(ProgrammeId programme);

    /** The organisations and units a round of the programme may be sent to, by name. */
    List<RoundUnit> eligibleUnits(ProgrammeId programme);

    Round create(ProgrammeId programme, RoundInput input);

    /** Changes a round that has not been sent yet. */
    Round update(ProgrammeId programme, RoundId round, RoundInput input, long expectedVersion);

    /** Sends a written round: from now on it takes answers within its dates. */
    Round send(ProgrammeId programme, RoundId round, long expectedVersion);

    /** Closes a sent round: it takes no more answers, and its results are shown. */
    Round close(ProgrammeId programme, RoundId round, long expectedVersion);

    /** The open rounds the signed-in person may answer today, whatever programme they are in. */
    List<Round> toAnswer();

    /**
     * Whether the signed-in person has a round to answer today, for the menu: costs a page no query (read at most
     * once a minute), so a round sent on another node may show up to a minute late.
     */
    boolean hasRoundToAnswer();

    /** The signed-in person's own answer to a round they may answer; NotFoundException when they may not. */
    MyAnswer myAnswer(RoundId round);

    /**
     * Records or changes the signed-in person's answer.
     *
     * @param expectedVersion the version of the answer read, or -1 for a first answer
     */
    MyAnswer answer(RoundId round, AnswerInput input, long expectedVersion);

    /** The results of a closed round; empty while it is not closed. */
    Optional<Results> results(ProgrammeId programme, RoundId round);

    /**
     * The latest closed round's results for each unit of the programme, for its documents: closed rounds from the
     * latest back, each with the rows (pooled as its results are) of the units no later closed round has shown.
     */
    List<MaturitySummary> latestResults(ProgrammeId programme);

    List<MaturityMeasure> measures(ProgrammeId programme, RoundId round);

    MaturityMeasure addMeasure(ProgrammeId programme, RoundId round, MeasureInput input);

    /** Marks a measure done (or not done again). */
    MaturityMeasure markDone(ProgrammeId programme, RoundId round, UUID measure, boolean done, long expectedVersion);

    /** The results as a PDF/UA document; an InvalidInputException naming {@code round} while it is not closed. */
    byte[] resultsPdf(ProgrammeId programme, RoundId round);

    /** The results as a workbook; an InvalidInputException naming {@code round} while it is not closed. */
    byte[] resultsWorkbook(ProgrammeId programme, RoundId round);

    /**
     * A closed demo round with generated answers, the same for the same seed: for the application's own loaders (the
     * demo), never for requests.
     *
     * @param respondents how many answer in each unit
     */
    Round loadGenerated(ProgrammeId programme, RoundInput input, Map<OrganisationId, Integer> respondents, long seed);
}
