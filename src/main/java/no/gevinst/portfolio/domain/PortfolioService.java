package no.gevinst.portfolio.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.ConflictsView;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.portfolio.domain.RegisterFacts.ProgrammeFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PortfolioService implements Portfolio {

    static final String ENTITY = "double-counting-decision";

    private final DecisionRepository decisions;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    private final Reading.Start readings;
    private final NetRows rows;
    private final RegisterFacts facts;
    private final OrganisationNames names;
    private final ConflictStatuses statuses;

    PortfolioService(
            DecisionRepository decisions,
            AccessPolicy access,
            AuditLog auditLog,
            Reading.Start readings,
            NetRows rows,
            RegisterFacts facts,
            OrganisationNames names,
            ConflictStatuses statuses) {
        this.readings = readings;
        this.rows = rows;
        this.decisions = decisions;
        this.access = access;
        this.auditLog = auditLog;
        this.facts = facts;
        this.names = names;
        this.statuses = statuses;
    }

    @Override
    public List<ConflictStatus> conflicts() {
        return conflicts(readings.reading());
    }

    /** The same, from the registers, valuations and indicators the caller has read. */
    List<ConflictStatus> conflicts(Reading reading) {
        return control(null, reading).statuses();
    }

    @Override
    public List<ConflictStatus> conflicts(ProgrammeId programme) {
        return touching(programme, control(programme, readings.reading()));
    }

    @Override
    public ConflictsView view(ProgrammeId programme) {
        Reading reading = readings.reading();
        Position position = position(programme, reading);
        return new ConflictsView(
                touching(programme, control(programme, reading)), position.totals(), reading.problems(programme));
    }

    private static List<ConflictStatus> touching(ProgrammeId programme, Control control) {
        return control.statuses().stream()
                .filter(s -> programme == null || s.conflict().programmes().contains(programme))
                .toList();
    }

    @Override
    public Totals totals() {
        Control control = control(null, readings.reading());
        return NetTotals.of(control.facts().benefits(), control.statuses());
    }

    @Override
    public Totals totals(ProgrammeId programme) {
        return position(programme).totals();
    }

    /**
     * Totals and the unresolved conflicts of one programme, or of all when null, from one reading of the facts: the
     * dashboard needs both and the reading is the costly part.
     */
    Position position(ProgrammeId programme) {
        return position(programme, readings.reading());
    }

    /** The same, from the registers and valuations the caller has read. */
    Position position(ProgrammeId programme, Reading reading) {
        Control control = control(programme, reading);
        long unresolved = touching(programme, control).stream()
                .filter(s -> s.decision() == null)
                .count();
        Map<ProgrammeId, List<BenefitFacts>> rowsOf = reading.sharesParts() ? rowsOf(programme, reading) : null;
        Totals totals = rowsOf != null
                ? rows.of(rowsOf, control.statuses())
                : NetTotals.of(
                        control.facts().benefits(),
                        control.statuses(),
                        b -> programme == null || b.programme().equals(programme));
        return new Position(totals, unresolved);
    }

    /**
     * Each counted programme's benefits as kept with its facts, so that its row of the totals is kept with them
     * ({@link NetRows}); null when the programme asked for is not one the user sees.
     */
    private Map<ProgrammeId, List<BenefitFacts>> rowsOf(ProgrammeId programme, Reading reading) {
        Map<ProgrammeId, List<BenefitFacts>> rowsOf = new LinkedHashMap<>();
        for (Programme p : reading.visible()) {
            if (programme == null || p.id().equals(programme)) {
                rowsOf.put(p.id(), facts.of(p, reading).benefits());
            }
        }
        return rowsOf.isEmpty() && programme != null ? null : rowsOf;
    }

    /** The facts the double-counting control read and the conflicts it found in them, with their decisions. */
    record Control(PortfolioFacts facts, List<ConflictStatus> statuses) {}

    /** What a control is kept under in a reading: the programme it is for, null for the whole portfolio. */
    private record ControlOf(ProgrammeId programme) {}

    /**
     * The double-counting control over the whole portfolio when {@code programme} is null. For one programme, over it
     * and the programmes whose benefits can share a conflict with one of its own (an indicator of the same measure, or
     * the same title: the only rules that reach across programmes), so that every conflict touching it is found whole
     * and its net is the whole portfolio's, without valuing the programmes that cannot touch it. A control over the
     * whole portfolio already worked out in the reading serves every programme (the report's dashboards).
     */
    Control control(ProgrammeId programme, Reading reading) {
        Control all = reading.workedOut(new ControlOf(null));
        if (all != null) {
            return all;
        }
        return reading.worked(
                new ControlOf(programme),
                () -> controlOver(
                        programme == null ? reading.visible() : ConcernedProgrammes.of(programme, reading), reading));
    }

    private Control controlOver(List<Programme> counted, Reading reading) {
        Map<ProgrammeId, ProgrammeFacts> read = new LinkedHashMap<>();
        counted.forEach(p -> read.put(p.id(), facts.of(p, reading)));
        List<ProgrammeFacts> parts = List.copyOf(read.values());
        Map<OrganisationId, String> names =
                this.names.of("allocated to", counted, p -> read.get(p.id()).allocated(), reading);
        // What the detector finds is worked out of the programmes' registers alone (and the organisations' names as
        // this user may see them): kept while measurements are recorded. The decisions, and who may decide, are read
        // for each control.
        // Put together from parts kept per programme and per pair of programmes (DoubleCountingParts): a register
        // edit in one programme works out its own part and its pairs again, and takes the others' as kept.
        Detected detected = reading.keptOfRegisters("conflicts", counted, names, () -> {
            PortfolioFacts together = RegisterFacts.together(parts, names);
            List<DoubleCountingParts.Indexed> indexed =
                    parts.stream().map(ProgrammeFacts::indexed).toList();
            return new Detected(
                    together,
                    List.copyOf(
                            DoubleCountingParts.detect(indexed, names, DoubleCountingParts.kept(counted, reading))));
        });
        return new Control(detected.facts(), statuses.of(counted, detected.conflicts(), reading));
    }

    /** The facts of the programmes counted and the double counting found in them. */
    private record Detected(PortfolioFacts facts, List<Conflict> conflicts) {}

    record Position(Totals totals, long unresolved) {}

    @Override
    @Transactional
    public Decision decide(String conflictKey, DecisionInput input) {
        ConflictStatus found = conflicts().stream()
                .filter(c -> c.conflict().key().equals(conflictKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("conflict", conflictKey));
        if (!found.canDecide()) {
            throw new AccessDeniedException("Requires coordinating every programme of conflict " + conflictKey);
        }
        Decision before = found.decision();
        long version = before == null ? 0 : before.version() + 1;
        Decision decision = DecisionForm.read(found.conflict(), input, who(), Instant.now(), version);
        if (before == null) {
            if (!decisions.insert(decision)) {
                throw new VersionConflictException(ENTITY, conflictKey, 0, 0);
            }
        } else {
            if (input.version() == null) {
                throw InvalidInputException.of("version", "version.required");
            }
            if (!decisions.replace(decision, input.version())) {
                throw new VersionConflictException(ENTITY, conflictKey, input.version(), before.version());
            }
        }
        // The conflict as found goes with the decision into the audit log: its amount may change later.
        auditLog.record(
                found.conflict().programmes().size() == 1
                        ? AuditScope.of(found.conflict().programmes().iterator().next())
                        : AuditScope.NONE,
                ENTITY,
                conflictKey,
                before == null ? "create" : "update",
                before,
                Map.of("decision", decision, "conflict", found.conflict()));
        return decision;
    }

    private String who() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }
}
