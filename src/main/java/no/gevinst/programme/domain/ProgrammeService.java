package no.gevinst.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Party;
import no.gevinst.programme.Phase;
import no.gevinst.programme.PhasePlan;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProgrammeService implements Programmes {

    static final String ENTITY = "programme";
    static final String OBJECTIVE = "objective";

    private final ProgrammeRepository repository;
    private final ProgrammeAccess programmeAccess;
    private final AccessPolicy access;
    private final Organisations organisations;
    private final People people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ProgrammeService(
            ProgrammeRepository repository,
            ProgrammeAccess programmeAccess,
            AccessPolicy access,
            Organisations organisations,
            People people,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.programmeAccess = programmeAccess;
        this.access = access;
        this.organisations = organisations;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Override
    public List<Programme> visible() {
        return repository.all().stream().filter(programmeAccess::canSee).toList();
    }

    @Override
    public Set<ProgrammeId> visibleIds() {
        return visible().stream().map(Programme::id).collect(Collectors.toSet());
    }

    @Override
    public java.util.Map<ProgrammeId, String> names() {
        java.util.Map<ProgrammeId, String> names = new java.util.LinkedHashMap<>();
        repository.all().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    @Override
    public Optional<Programme> find(ProgrammeId id) {
        return repository.find(id).filter(programmeAccess::canSee);
    }

    @Override
    public boolean canCoordinate(ProgrammeId id) {
        return find(id).map(programmeAccess::canCoordinate).orElse(false);
    }

    @Override
    public boolean canCreate() {
        return programmeAccess.canCreate();
    }

    @Override
    @Transactional
    public Programme create(ProgrammeInput input) {
        // Asked before the rest is read, so that a refusal says nothing about what else was wrong.
        no.gevinst.shared.Ids.parse(input.ownerOrganisationId(), no.gevinst.shared.OrganisationId::new)
                .ifPresentOrElse(o -> access.require(Role.GEVINSTKOORDINATOR, o), programmeAccess::requireCreate);
        ProgrammeId id = ProgrammeId.newId();
        Programme programme = validated(id, input, 0, defaultFramework(), null);
        access.require(Role.GEVINSTKOORDINATOR, programme.owner());
        repository.insert(programme);
        programme.framework().forEach(item -> repository.insertFrameworkItem(id, item));
        auditLog.record(AuditScope.of(id, programme.owner()), ENTITY, id, "create", null, programme);
        return programme;
    }

    @Override
    @Transactional
    public Programme update(ProgrammeId id, ProgrammeInput input, long expectedVersion) {
        Programme before = existing(id);
        programmeAccess.requireCoordinator(before);
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Programme after = validated(id, input, expectedVersion + 1, before.framework(), before.currentPhase());
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(id, after.owner()), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public Programme moveToPhase(ProgrammeId id, Phase next) {
        Programme before = existing(id);
        programmeAccess.requireCoordinator(before);
        Phase current = before.currentPhase();
        if (next == null || current.ordinal() + 1 != next.ordinal()) {
            throw InvalidInputException.of(
                    "phase", "programme.phase.notNext", current.name(), next == null ? "" : next.name());
        }
        Programme after = withPhase(before, next);
        if (!repository.movePhase(id, current, next, before.version())) {
            throw new VersionConflictException(ENTITY, id, before.version(), before.version() + 1);
        }
        auditLog.record(AuditScope.of(id, after.owner()), ENTITY, id, "move-phase", before, after);
        if (next == Phase.CLOSE) {
            events.publishEvent(new no.gevinst.programme.ProgrammeClosed(id));
        }
        return after;
    }

    private static Programme withPhase(Programme p, Phase phase) {
        return new Programme(
                p.id(),
                p.code(),
                p.name(),
                p.description(),
                p.owner(),
                phase,
                p.economicTarget(),
                p.coFinancier(),
                p.phases(),
                p.parties(),
                p.steeringGroup(),
                p.framework(),
                p.version() + 1);
    }

    @Override
    @Transactional
    public FrameworkItem addFrameworkItem(ProgrammeId id, FrameworkKind kind, String name) {
        Programme programme = existing(id);
        programmeAccess.requireCoordinator(programme);
        String stripped = name == null ? "" : name.strip();
        Violations violations = new Violations();
        if (stripped.isEmpty()) {
            violations.add("name", "framework.name.required");
        } else if (programme.framework().stream()
                .anyMatch(i -> i.kind() == kind && i.name().equalsIgnoreCase(stripped))) {
            violations.add("name", "framework.name.taken", stripped);
        }
        violations.throwIfAny();
        int position = programme.framework().stream()
                        .filter(i -> i.kind() == kind)
                        .mapToInt(FrameworkItem::position)
                        .max()
                        .orElse(0)
                + 1;
        FrameworkItem item = new FrameworkItem(FrameworkItemId.newId(), kind, stripped, position);
        repository.insertFrameworkItem(id, item);
        auditLog.record(AuditScope.of(id), "framework-item", item.id(), "create", null, item);
        return item;
    }

    @Override
    public List<Objective> objectives(ProgrammeId id) {
        return find(id).map(p -> repository.objectives(List.of(id))).orElse(List.of());
    }

    @Override
    public List<Objective> objectives(Set<ProgrammeId> ids) {
        return ids.isEmpty() ? List.of() : repository.objectives(ids);
    }

    @Override
    @Transactional
    public Objective addObjective(ProgrammeId id, ObjectiveInput input) {
        programmeAccess.requireCoordinator(existing(id));
        Objective objective = validatedObjective(ObjectiveId.newId(), id, input, 0);
        repository.insertObjective(objective);
        auditLog.record(AuditScope.of(id), OBJECTIVE, objective.id(), "create", null, objective);
        return objective;
    }

    @Override
    @Transactional
    public Objective updateObjective(ObjectiveId id, ObjectiveInput input, long expectedVersion) {
        Objective before = repository.findObjective(id).orElseThrow(() -> new NotFoundException(OBJECTIVE, id));
        programmeAccess.requireCoordinator(existing(before.programme()));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(OBJECTIVE, id, expectedVersion, before.version());
        }
        Objective after = validatedObjective(id, before.programme(), input, expectedVersion + 1);
        if (!repository.updateObjective(after, expectedVersion)) {
            throw new VersionConflictException(OBJECTIVE, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(after.programme()), OBJECTIVE, id, "update", before, after);
        return after;
    }

    private Programme existing(ProgrammeId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Objective validatedObjective(ObjectiveId id, ProgrammeId programme, ObjectiveInput input, long version) {
        Violations violations = new Violations();
        Integer number = null;
        try {
            number =
                    Integer.valueOf(input.number() == null ? "" : input.number().strip());
            if (number < 1) {
                violations.add("number", "objective.number.positive");
            } else if (repository.objectiveNumberTaken(programme, number, id)) {
                violations.add("number", "objective.number.taken", number);
            }
        } catch (NumberFormatException e) {
            violations.add("number", "objective.number.positive");
        }
        String description =
                input.description() == null ? "" : input.description().strip();
        if (description.isEmpty()) {
            violations.add("description", "objective.description.required");
        }
        violations.throwIfAny();
        return new Objective(id, programme, number, description, version);
    }

    /**
     * @param currentPhase the phase the programme is in, or null when it is being created; a new programme starts
     *     in the phase given (by default the first), an existing one stays where it is
     */
    private Programme validated(
            ProgrammeId id, ProgrammeInput input, long version, List<FrameworkItem> framework, Phase currentPhase) {
        Violations violations = new Violations();
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-ZÆØÅ0-9]{2,10}")) {
            violations.add("code", "programme.code.invalid");
        } else if (repository.codeTakenByOther(code, id)) {
            violations.add("code", "programme.code.taken", code);
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            violations.add("name", "programme.name.required");
        }
        Optional<OrganisationId> owner = organisation(input.ownerOrganisationId());
        if (owner.isEmpty()) {
            violations.add("ownerOrganisationId", "programme.owner.required");
        }
        OrganisationId coFinancier = coFinancier(input.coFinancierOrganisationId(), violations);
        Optional<Phase> phase = phase(input.currentPhase(), currentPhase, violations);
        EconomicTarget target = economicTarget(input, violations);
        List<PhasePlan> phases = phases(input.phases(), violations);
        List<Party> parties = parties(input.parties(), violations);
        List<PersonId> steering = steeringGroup(input.steeringGroup(), violations);
        violations.throwIfAny();
        return new Programme(
                id,
                code,
                name,
                input.description() == null ? "" : input.description().strip(),
                owner.get(),
                phase.get(),
                target,
                coFinancier,
                phases,
                parties,
                steering,
                framework,
                version);
    }

    private static Optional<Phase> phase(String text, Phase currentPhase, Violations violations) {
        boolean blank = text == null || text.isBlank();
        Optional<Phase> given = blank ? Optional.empty() : Phase.parse(text);
        if (!blank && given.isEmpty()) {
            violations.add("currentPhase", "programme.phase.invalid");
            return given;
        }
        if (currentPhase == null) {
            return Optional.of(given.orElse(Phase.IDENTIFY));
        }
        // Leaving a phase passes its gate: the checklist of what the method demands, and a decision on the gaps.
        if (given.isPresent() && given.get() != currentPhase) {
            violations.add("currentPhase", "programme.phase.throughGate");
        }
        return Optional.of(currentPhase);
    }

    private EconomicTarget economicTarget(ProgrammeInput input, Violations violations) {
        String amount = input.economicTargetNok() == null
                ? ""
                : input.economicTargetNok().strip();
        String from = input.economicTargetFrom() == null
                ? ""
                : input.economicTargetFrom().strip();
        if (amount.isEmpty() && from.isEmpty()) {
            return null;
        }
        BigDecimal nok = null;
        try {
            nok = Inputs.bounded(NorwegianNumbers.parseDecimal(amount), "economicTargetNok", violations);
            if (nok != null && nok.signum() < 0) {
                violations.add("economicTargetNok", "programme.target.amount");
            }
        } catch (NumberFormatException e) {
            violations.add("economicTargetNok", "programme.target.amount");
        }
        Integer year = null;
        try {
            year = Integer.valueOf(from);
            if (year < 2000 || year > 2100) {
                violations.add("economicTargetFrom", "programme.target.year");
            }
        } catch (NumberFormatException e) {
            violations.add("economicTargetFrom", "programme.target.year");
        }
        return nok == null || year == null || nok.signum() < 0 ? null : new EconomicTarget(nok, year);
    }

    private List<PhasePlan> phases(List<ProgrammeInput.PhaseInput> inputs, Violations violations) {
        List<PhasePlan> plans = new ArrayList<>();
        Set<Phase> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String field = "phases[" + i + "]";
            Optional<Phase> phase = Phase.parse(in.phase());
            if (phase.isEmpty() || !seen.add(phase.get())) {
                violations.add(field + ".phase", "programme.phase.invalid");
                continue;
            }
            LocalDate start = Inputs.date(in.plannedStart(), field + ".plannedStart", violations);
            LocalDate end = Inputs.date(in.plannedEnd(), field + ".plannedEnd", violations);
            if (start != null && end != null && end.isBefore(start)) {
                violations.add(field + ".plannedEnd", "programme.phase.endBeforeStart");
            }
            plans.add(new PhasePlan(phase.get(), start, end));
        }
        return plans;
    }

    private List<Party> parties(List<ProgrammeInput.PartyInput> inputs, Violations violations) {
        List<Party> parties = new ArrayList<>();
        Set<OrganisationId> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String field = "parties[" + i + "]";
            Optional<OrganisationId> organisation = organisation(in.organisationId());
            if (organisation.isEmpty() || !seen.add(organisation.get())) {
                violations.add(field + ".organisationId", "programme.party.unknown");
                continue;
            }
            PersonId responsible = null;
            if (in.benefitResponsibleId() != null && !in.benefitResponsibleId().isBlank()) {
                responsible = person(in.benefitResponsibleId()).orElse(null);
                if (responsible == null) {
                    violations.add(field + ".benefitResponsibleId", "person.unknown");
                }
            }
            parties.add(new Party(
                    organisation.get(),
                    responsible,
                    in.role() == null ? "" : in.role().strip()));
        }
        return parties;
    }

    private List<PersonId> steeringGroup(List<String> inputs, Violations violations) {
        List<PersonId> members = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Optional<PersonId> person = person(inputs.get(i));
            if (person.isEmpty()) {
                violations.add("steeringGroup[" + i + "]", "person.unknown");
            } else if (!members.contains(person.get())) {
                members.add(person.get());
            }
        }
        return members;
    }

    /** No one when left blank; otherwise an organisation that exists. */
    private OrganisationId coFinancier(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<OrganisationId> organisation = organisation(text);
        if (organisation.isEmpty()) {
            violations.add("coFinancierOrganisationId", "programme.coFinancier.unknown");
        }
        return organisation.orElse(null);
    }

    private Optional<OrganisationId> organisation(String text) {
        return Ids.parse(text, OrganisationId::new)
                .filter(o -> organisations.find(o).isPresent());
    }

    private Optional<PersonId> person(String text) {
        return Ids.parse(text, PersonId::new).filter(p -> people.find(p).isPresent());
    }

    private static List<FrameworkItem> defaultFramework() {
        List<FrameworkItem> items = new ArrayList<>();
        for (int i = 0; i < DefaultFramework.AREAS.size(); i++) {
            items.add(new FrameworkItem(
                    FrameworkItemId.newId(), FrameworkKind.AREA, DefaultFramework.AREAS.get(i), i + 1));
        }
        for (int i = 0; i < DefaultFramework.PRIORITY_AREAS.size(); i++) {
            items.add(new FrameworkItem(
                    FrameworkItemId.newId(),
                    FrameworkKind.PRIORITY_AREA,
                    DefaultFramework.PRIORITY_AREAS.get(i),
                    i + 1));
        }
        return items;
    }
}
