package no.gevinst.maturity.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.maturity.AnswerInput;
import no.gevinst.maturity.MaturityMeasure;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MeasureInput;
import no.gevinst.maturity.MyAnswer;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundId;
import no.gevinst.maturity.RoundInput;
import no.gevinst.maturity.RoundStatus;
import no.gevinst.maturity.RoundUnit;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class MaturityService implements MaturityRounds {

    static final String ENTITY = "maturity-round";

    private final RoundRepository repository;
    private final RoundInputs inputs;
    private final Programmes programmes;
    private final Answers answers;
    private final ResultsOf results;
    private final Measures measures;
    private final ResultsDocuments documents;
    private final GeneratedAnswers generated;
    private final AuditLog auditLog;

    MaturityService(
            RoundRepository repository,
            RoundInputs inputs,
            Programmes programmes,
            Answers answers,
            ResultsOf results,
            Measures measures,
            ResultsDocuments documents,
            GeneratedAnswers generated,
            AuditLog auditLog) {
        this.repository = repository;
        this.inputs = inputs;
        this.programmes = programmes;
        this.answers = answers;
        this.results = results;
        this.measures = measures;
        this.documents = documents;
        this.generated = generated;
        this.auditLog = auditLog;
    }

    @Override
    public List<Round> rounds(ProgrammeId programme) {
        programmes.require(programme);
        return repository.ofProgramme(programme);
    }

    @Override
    public Optional<Round> find(ProgrammeId programme, RoundId round) {
        programmes.require(programme);
        return repository.find(round).filter(r -> r.programme().equals(programme));
    }

    @Override
    public boolean canCoordinate(ProgrammeId programme) {
        return programmes.canCoordinate(programme);
    }

    @Override
    public void requireCoordinator(ProgrammeId programme) {
        programmes.requireCoordinator(programme);
    }

    @Override
    public List<RoundUnit> eligibleUnits(ProgrammeId programme) {
        return inputs.eligible(programmes.require(programme));
    }

    @Override
    @Transactional
    public Round create(ProgrammeId programme, RoundInput input) {
        return create(programme, input, false);
    }

    private Round create(ProgrammeId programme, RoundInput input, boolean demo) {
        requireCoordinator(programme);
        Round round = inputs.round(RoundId.newId(), programmes.require(programme), input, demo, 0);
        repository.insert(round);
        auditLog.record(AuditScope.of(programme), ENTITY, round.id(), "create", null, round);
        return round;
    }

    @Override
    @Transactional
    public Round update(ProgrammeId programme, RoundId id, RoundInput input, long expectedVersion) {
        requireCoordinator(programme);
        Round before = current(programme, id, expectedVersion);
        if (before.status() != RoundStatus.DRAFT) {
            throw InvalidInputException.of("status", "maturity.round.notDraft");
        }
        Round after = inputs.round(id, programmes.require(programme), input, before.demo(), expectedVersion + 1);
        return write(before, after, expectedVersion, true, "update");
    }

    @Override
    @Transactional
    public Round send(ProgrammeId programme, RoundId id, long expectedVersion) {
        return move(programme, id, expectedVersion, RoundStatus.DRAFT, RoundStatus.OPEN, "send");
    }

    @Override
    @Transactional
    public Round close(ProgrammeId programme, RoundId id, long expectedVersion) {
        return move(programme, id, expectedVersion, RoundStatus.OPEN, RoundStatus.CLOSED, "close");
    }

    @Override
    public List<Round> toAnswer() {
        return answers.toAnswer();
    }

    @Override
    public boolean hasRoundToAnswer() {
        return answers.hasRoundToAnswer();
    }

    @Override
    public MyAnswer myAnswer(RoundId round) {
        return answers.mine(round);
    }

    @Override
    @Transactional
    public MyAnswer answer(RoundId round, AnswerInput input, long expectedVersion) {
        return answers.answer(round, input, expectedVersion);
    }

    @Override
    public Optional<Results> results(ProgrammeId programme, RoundId round) {
        return results.of(existing(programme, round));
    }

    @Override
    public List<no.gevinst.maturity.MaturitySummary> latestResults(ProgrammeId programme) {
        programmes.require(programme);
        return results.latest(programme);
    }

    @Override
    public List<MaturityMeasure> measures(ProgrammeId programme, RoundId round) {
        return measures.of(existing(programme, round));
    }

    @Override
    @Transactional
    public MaturityMeasure addMeasure(ProgrammeId programme, RoundId round, MeasureInput input) {
        requireCoordinator(programme);
        return measures.add(existing(programme, round), input);
    }

    @Override
    @Transactional
    public MaturityMeasure markDone(
            ProgrammeId programme, RoundId round, UUID measure, boolean done, long expectedVersion) {
        requireCoordinator(programme);
        return measures.markDone(existing(programme, round), measure, done, expectedVersion);
    }

    @Override
    public byte[] resultsPdf(ProgrammeId programme, RoundId round) {
        return documents.pdf(closed(programme, round), programmes.require(programme));
    }

    @Override
    public byte[] resultsWorkbook(ProgrammeId programme, RoundId round) {
        return documents.workbook(closed(programme, round), programmes.require(programme));
    }

    @Override
    @Transactional
    public Round loadGenerated(
            ProgrammeId programme, RoundInput input, Map<OrganisationId, Integer> respondents, long seed) {
        Round round = create(programme, input, true);
        Round sent = send(programme, round.id(), round.version());
        generated.answer(sent, respondents, seed);
        return close(programme, round.id(), sent.version());
    }

    private Results closed(ProgrammeId programme, RoundId round) {
        return results.of(existing(programme, round))
                .orElseThrow(() -> InvalidInputException.of("round", "maturity.results.notClosed"));
    }

    private Round move(
            ProgrammeId programme, RoundId id, long expectedVersion, RoundStatus from, RoundStatus to, String action) {
        requireCoordinator(programme);
        Round before = current(programme, id, expectedVersion);
        if (before.status() != from) {
            throw InvalidInputException.of(
                    "status",
                    "maturity.round.not" + from.name().charAt(0)
                            + from.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        Round after = new Round(
                id,
                programme,
                before.template(),
                before.name(),
                before.opensOn(),
                before.closesOn(),
                to,
                before.demo(),
                before.units(),
                expectedVersion + 1);
        Round written = write(before, after, expectedVersion, false, action);
        answers.roundsMoved();
        return written;
    }

    private Round write(Round before, Round after, long expectedVersion, boolean units, String action) {
        if (!repository.update(after, expectedVersion, units)) {
            throw new VersionConflictException(ENTITY, after.id(), expectedVersion, repository.version(after.id()));
        }
        auditLog.record(AuditScope.of(after.programme()), ENTITY, after.id(), action, before, after);
        return after;
    }

    private Round current(ProgrammeId programme, RoundId id, long expectedVersion) {
        Round round = existing(programme, id);
        VersionConflictException.unlessCurrent(ENTITY, id, expectedVersion, round.version());
        return round;
    }

    private Round existing(ProgrammeId programme, RoundId id) {
        return find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
