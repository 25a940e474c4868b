package no.gevinst.decision.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecidedEconomicTarget;
import no.gevinst.decision.DecidedKpiTarget;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetKey;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetKey;
import no.gevinst.decision.Decisions;
import no.gevinst.decision.TargetSums;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BoardDecisionService implements Decisions {

    static final String ENTITY = "board-decision";

    /** The audit's action when a target is taken off the decision in force: before and after show which. */
    static final String REMOVE = "remove-target";

    private final BoardDecisionRepository repository;
    private final Programmes programmes;
    private final Indicators indicators;
    private final Benefits benefits;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final AppendixDocuments appendices;

    BoardDecisionService(
            BoardDecisionRepository repository,
            Programmes programmes,
            Indicators indicators,
            Benefits benefits,
            AccessPolicy access,
            AuditLog auditLog,
            AppendixDocuments appendices) {
        this.repository = repository;
        this.programmes = programmes;
        this.indicators = indicators;
        this.benefits = benefits;
        this.access = access;
        this.auditLog = auditLog;
        this.appendices = appendices;
    }

    @Override
    public List<BoardDecision> of(ProgrammeId programme) {
        return repository.of(visible(programme).id());
    }

    @Override
    public BoardDecision find(ProgrammeId programme, int number) {
        return repository
                .find(visible(programme).id(), number)
                .orElseThrow(() -> new NotFoundException("board decision", number));
    }

    @Override
    public Optional<BoardDecision> inForce(ProgrammeId programme) {
        return of(programme).stream().filter(BoardDecision::inForce).findFirst();
    }

    @Override
    public Optional<BoardDecision> inForceOn(ProgrammeId programme, LocalDate day) {
        // Dates never go back from one decision to the next (BoardDecisionRules), so the newest decided by then is it.
        return of(programme).stream().filter(d -> !d.decidedOn().isAfter(day)).findFirst();
    }

    @Override
    public TargetSums sums(ProgrammeId programme, int number) {
        return TargetSums.of(find(programme, number), visible(programme).economicTarget());
    }

    @Override
    public boolean canDecide(ProgrammeId programme) {
        return programmes.canCoordinate(programme);
    }

    @Override
    public void requireMayDecide(ProgrammeId programme) {
        coordinated(programme);
    }

    @Override
    @Transactional
    public BoardDecision record(ProgrammeId id, DecisionInput input) {
        Programme programme = coordinated(id);
        BoardDecision inForce = repository.inForceForUpdate(id).orElse(null);
        long read = input.inForceVersion() == null ? -1 : input.inForceVersion();
        if (inForce == null ? input.inForceVersion() != null : inForce.version() != read) {
            throw new VersionConflictException(ENTITY, id, read, inForce == null ? -1 : inForce.version());
        }
        BoardDecisionRules.DecisionFields fields = BoardDecisionRules.decision(input, inForce, NorwegianTime.today());
        int number = repository.nextNumber(id);
        BoardDecision recorded = BoardDecision.builder()
                .id(UUID.randomUUID())
                .programme(id)
                .number(number)
                .decidingBody(fields.decidingBody())
                .decidedOn(fields.decidedOn())
                .caseNumber(fields.caseNumber())
                .documentReference(fields.documentReference())
                .summary(fields.summary())
                .recordedBy(who())
                .recordedAt(Instant.now())
                .economicTargets(fields.carryTargets() && inForce != null ? inForce.economicTargets() : List.of())
                .kpiTargets(fields.carryTargets() && inForce != null ? inForce.kpiTargets() : List.of())
                .build();
        if (inForce != null) {
            repository.supersede(inForce.id(), number, inForce.version());
            auditLog.record(scope(programme), ENTITY, inForce.id(), "supersede", inForce, find(id, inForce.number()));
        }
        repository.insert(recorded);
        BoardDecision stored = find(id, number);
        auditLog.record(scope(programme), ENTITY, stored.id(), "create", null, stored);
        return stored;
    }

    @Override
    @Transactional
    public BoardDecision setEconomicTarget(
            ProgrammeId id, int number, EconomicTargetInput input, long expectedVersion) {
        Programme programme = coordinated(id);
        BoardDecision before = changeable(id, number, expectedVersion);
        DecidedEconomicTarget target = BoardDecisionRules.economic(input, programme.organisations());
        repository.upsert(before.id(), target);
        return changed(programme, before, target.organisation());
    }

    @Override
    @Transactional
    public BoardDecision setKpiTarget(ProgrammeId id, int number, KpiTargetInput input, long expectedVersion) {
        Programme programme = coordinated(id);
        BoardDecision before = changeable(id, number, expectedVersion);
        Violations v = new Violations();
        OrganisationId organisation =
                BoardDecisionRules.organisation(input.organisation(), programme.organisations(), v);
        IndicatorId indicator = indicatorOf(id, input.indicator(), v);
        BigDecimal value =
                BoardDecisionRules.number(input.targetValue(), "targetValue", "decision.targetValue.required", v);
        LocalDate due = BoardDecisionRules.requiredDate(input.due(), "due", "decision.due.required", v);
        v.throwIfAny();
        repository.upsert(before.id(), new DecidedKpiTarget(organisation, indicator, value, due));
        return changed(programme, before, organisation);
    }

    @Override
    @Transactional
    public BoardDecision removeEconomicTarget(ProgrammeId id, int number, EconomicTargetKey key, long expectedVersion) {
        Programme programme = coordinated(id);
        BoardDecision before = changeable(id, number, expectedVersion);
        DecidedEconomicTarget target = TargetKeys.economic(key, before);
        repository.delete(before.id(), target);
        return changed(programme, before, target.organisation(), REMOVE);
    }

    @Override
    @Transactional
    public BoardDecision removeKpiTarget(ProgrammeId id, int number, KpiTargetKey key, long expectedVersion) {
        Programme programme = coordinated(id);
        BoardDecision before = changeable(id, number, expectedVersion);
        DecidedKpiTarget target = TargetKeys.kpi(key, before);
        repository.delete(before.id(), target);
        return changed(programme, before, target.organisation(), REMOVE);
    }

    @Override
    public byte[] appendixPdf(ProgrammeId programme, int number, OrganisationId organisation, int year) {
        return appendices.pdf(appendices.appendix(visible(programme), find(programme, number), organisation, year));
    }

    @Override
    public byte[] appendixWorkbook(ProgrammeId programme, int number, OrganisationId organisation, int year) {
        return appendices.workbook(
                appendices.appendix(visible(programme), find(programme, number), organisation, year));
    }

    /** The indicator, if it measures a benefit of the programme; what else is named is unknown here. */
    private IndicatorId indicatorOf(ProgrammeId programme, String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            v.add("indicator", "decision.indicator.required");
            return null;
        }
        Optional<Indicator> indicator = Ids.parse(text, IndicatorId::new)
                .flatMap(indicators::find)
                .filter(i -> benefits.find(i.benefit())
                        .filter(b -> b.programme().equals(programme))
                        .isPresent());
        if (indicator.isEmpty()) {
            v.add("indicator", "decision.indicator.unknown");
            return null;
        }
        return indicator.get().id();
    }

    /** The decision, if it is in force and still at the version read: a superseded decision is history. */
    private BoardDecision changeable(ProgrammeId id, int number, long expectedVersion) {
        BoardDecision decision = find(id, number);
        if (!decision.inForce()) {
            throw InvalidInputException.of("decision", "decision.superseded", decision.supersededBy());
        }
        if (decision.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, decision.id(), expectedVersion, decision.version());
        }
        return decision;
    }

    private BoardDecision changed(Programme programme, BoardDecision before, OrganisationId organisation) {
        return changed(programme, before, organisation, "update");
    }

    private BoardDecision changed(
            Programme programme, BoardDecision before, OrganisationId organisation, String action) {
        if (!repository.touch(before.id(), before.version())) {
            throw new VersionConflictException(ENTITY, before.id(), before.version(), before.version() + 1);
        }
        BoardDecision after = find(programme.id(), before.number());
        auditLog.record(AuditScope.of(programme.id(), organisation), ENTITY, after.id(), action, before, after);
        return after;
    }

    private Programme coordinated(ProgrammeId id) {
        Programme programme = visible(id);
        if (!programmes.canCoordinate(id)) {
            throw new AccessDeniedException("Requires coordinating programme " + programme.code());
        }
        return programme;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private static AuditScope scope(Programme programme) {
        return AuditScope.of(programme.id(), programme.owner());
    }

    private String who() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }
}
