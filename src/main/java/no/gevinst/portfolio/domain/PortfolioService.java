package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.ConflictsView;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PortfolioService implements Portfolio {

    static final String ENTITY = "double-counting-decision";

    private final DecisionRepository decisions;
    private final Programmes programmes;
    private final Networks networks;
    private final Organisations organisations;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    private final Reading.Start readings;
    private final NetRows rows;

    PortfolioService(
            DecisionRepository decisions,
            Programmes programmes,
            Networks networks,
            Organisations organisations,
            AccessPolicy access,
            AuditLog auditLog,
            Reading.Start readings,
            NetRows rows) {
        this.readings = readings;
        this.rows = rows;
        this.decisions = decisions;
        this.programmes = programmes;
        this.networks = networks;
        this.organisations = organisations;
        this.access = access;
        this.auditLog = auditLog;
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
                rowsOf.put(p.id(), programmeFacts(p, reading).benefits());
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
        List<ProgrammeFacts> parts =
                counted.stream().map(p -> programmeFacts(p, reading)).toList();
        Map<OrganisationId, String> names = organisationNames(parts);
        // What the detector finds is worked out of the programmes' registers alone (and the organisations' names as
        // this user may see them): kept while measurements are recorded. The decisions, and who may decide, are read
        // for each control.
        // Put together from parts kept per programme and per pair of programmes (DoubleCountingParts): a register
        // edit in one programme works out its own part and its pairs again, and takes the others' as kept.
        Detected detected = reading.keptOfRegisters("conflicts", counted, names, () -> {
            PortfolioFacts facts = facts(parts, names);
            List<DoubleCountingParts.Indexed> indexed =
                    parts.stream().map(ProgrammeFacts::indexed).toList();
            return new Detected(
                    facts,
                    List.copyOf(
                            DoubleCountingParts.detect(indexed, names, DoubleCountingParts.kept(counted, reading))));
        });
        return new Control(detected.facts(), statuses(detected.conflicts()));
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

    private List<ConflictStatus> statuses(List<Conflict> detected) {
        Map<String, Decision> recorded = decisions.all();
        Map<Set<?>, Boolean> coordinates = new HashMap<>();
        List<ConflictStatus> statuses = new ArrayList<>();
        for (Conflict c : detected) {
            boolean canDecide = coordinates.computeIfAbsent(
                    c.programmes(), ps -> c.programmes().stream().allMatch(programmes::canCoordinate));
            statuses.add(new ConflictStatus(c, recorded.get(c.key()), canDecide));
        }
        return statuses;
    }

    /**
     * Everything the detector reads, from the programmes counted (visible to the current user): each programme's
     * facts, kept per programme when the reading keeps figures (they are worked out of its own rows alone), put
     * together in the programmes' order as one reading of them all would give them.
     */
    private static PortfolioFacts facts(List<ProgrammeFacts> parts, Map<OrganisationId, String> names) {
        List<BenefitFacts> all = new ArrayList<>();
        List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
        Map<BenefitId, BigDecimal> contributions = new HashMap<>();
        List<PortfolioFacts.TimeClaim> timeClaims = new ArrayList<>();
        Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime = new HashMap<>();
        for (ProgrammeFacts own : parts) {
            all.addAll(own.benefits());
            links.addAll(own.links());
            contributions.putAll(own.contributions());
            timeClaims.addAll(own.timeClaims());
            staffTime.putAll(own.staffTime());
        }
        return new PortfolioFacts(all, links, contributions, names, timeClaims, staffTime);
    }

    /** The names of the organisations the programmes' benefits are allocated to, as the current user may see them. */
    private Map<OrganisationId, String> organisationNames(List<ProgrammeFacts> parts) {
        Set<OrganisationId> allocated = new HashSet<>();
        parts.forEach(p -> allocated.addAll(p.allocated()));
        Map<OrganisationId, String> names = new HashMap<>();
        organisations.findAll(allocated).forEach(o -> names.put(o.id(), o.name()));
        return Map.copyOf(names);
    }

    /** What the detector reads of one programme: its benefits' facts, its network's links and its staff time. */
    record ProgrammeFacts(
            List<BenefitFacts> benefits,
            List<PortfolioFacts.BenefitLink> links,
            Map<BenefitId, BigDecimal> contributions,
            Set<OrganisationId> allocated,
            List<PortfolioFacts.TimeClaim> timeClaims,
            Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime,
            DoubleCountingParts.Indexed indexed) {

        /** The facts read, and the programme's alone indexed for the detector (sharing the same lists). */
        ProgrammeFacts(
                ProgrammeId programme,
                List<BenefitFacts> benefits,
                List<PortfolioFacts.BenefitLink> links,
                Map<BenefitId, BigDecimal> contributions,
                Set<OrganisationId> allocated,
                List<PortfolioFacts.TimeClaim> timeClaims,
                Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime) {
            this(
                    benefits,
                    links,
                    contributions,
                    allocated,
                    timeClaims,
                    staffTime,
                    DoubleCountingParts.Indexed.of(
                            programme,
                            new PortfolioFacts(benefits, links, contributions, Map.of(), timeClaims, staffTime)));
        }
    }

    ProgrammeFacts programmeFacts(Programme programme, Reading reading) {
        return reading.keptOfRegister("facts", programme.id(), () -> readFacts(programme, reading));
    }

    private ProgrammeFacts readFacts(Programme programme, Reading reading) {
        List<BenefitFacts> all = new ArrayList<>();
        List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
        Map<BenefitId, BigDecimal> contributions = new HashMap<>();
        Set<OrganisationId> allocated = new HashSet<>();
        List<PortfolioFacts.TimeClaim> timeClaims = new ArrayList<>();
        Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime = new HashMap<>();
        List<Benefit> register = reading.register(programme.id());
        ProgrammeValuation valuation = reading.valuation(programme.id());
        Map<BenefitId, SortedMap<Integer, BigDecimal>> values = values(valuation);
        StaffTimeClaims.read(programme.id(), valuation, timeClaims, staffTime);
        // One read for the whole programme: a read per benefit made a large portfolio take seconds.
        Map<BenefitId, List<Indicator>> measuredBy = reading.indicators(programme.id());
        for (Benefit b : register) {
            all.add(facts(
                    programme,
                    b,
                    values.getOrDefault(b.id(), new TreeMap<>()),
                    measuredBy.getOrDefault(b.id(), List.of())));
            b.allocations().forEach(a -> allocated.add(a.organisation()));
        }
        readNetwork(networks.statedLinks(programme.id()), register, links, contributions);
        return new ProgrammeFacts(
                programme.id(),
                List.copyOf(all),
                List.copyOf(links),
                Map.copyOf(contributions),
                Set.copyOf(allocated),
                List.copyOf(timeClaims),
                Map.copyOf(staffTime));
    }

    private static BenefitFacts facts(
            Programme programme, Benefit b, SortedMap<Integer, BigDecimal> values, List<Indicator> measuredBy) {
        Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
        for (Allocation a : b.allocations()) {
            allocations.merge(a.organisation(), a.share().value(), BigDecimal::add);
        }
        Map<String, String> measures = new LinkedHashMap<>();
        for (Indicator i : measuredBy) {
            IndicatorKeys.of(i).forEach(key -> measures.putIfAbsent(key, i.name()));
        }
        return new BenefitFacts(
                b.id(),
                programme.id(),
                programme.code(),
                b.code(),
                b.title(),
                b.benefitClass(),
                allocations,
                values,
                measures);
    }

    /** Each priced benefit's yearly values; each line of the valuation says which benefit it prices. */
    private static Map<BenefitId, SortedMap<Integer, BigDecimal>> values(ProgrammeValuation valuation) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> values = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            BenefitId id = line.benefit().id();
            if (id != null) {
                values.put(id, new TreeMap<>(line.valueByYear()));
            }
        }
        return values;
    }

    private static void readNetwork(
            List<NetworkLink> stated,
            List<Benefit> register,
            List<PortfolioFacts.BenefitLink> links,
            Map<BenefitId, BigDecimal> contributions) {
        Map<String, BenefitId> ids = new HashMap<>();
        register.forEach(b -> ids.put(b.id().toString(), b.id()));
        for (NetworkLink link : stated) {
            BenefitId to = ids.get(link.to());
            if (link.kind() != NetworkLink.Kind.LEADS_TO || to == null) {
                continue;
            }
            BenefitId from = ids.get(link.from());
            if (from != null) {
                links.add(new PortfolioFacts.BenefitLink(from, to));
            }
            if (link.share() != null) {
                contributions.merge(to, link.share(), BigDecimal::add);
            }
        }
    }

    private String who() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }
}
