package no.gevinst.process.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessDocument;
import no.gevinst.process.ProcessId;
import no.gevinst.process.ProcessInput;
import no.gevinst.process.Processes;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProcessService implements Processes {

    static final String ENTITY = "process";

    private final ProcessRepository repository;
    private final DiagramRepository diagramRepository;
    private final ChangeLinkRepository linkRepository;
    private final Diagrams diagrams;
    private final ChangeLinks links;
    private final Organisations organisations;
    private final Programmes programmes;
    private final People people;
    private final Benefits benefits;
    private final Indicators indicators;
    private final AuditLog auditLog;

    @SuppressWarnings("java:S107") // the module's collaborators, each used
    ProcessService(
            ProcessRepository repository,
            DiagramRepository diagramRepository,
            ChangeLinkRepository linkRepository,
            Diagrams diagrams,
            ChangeLinks links,
            Organisations organisations,
            Programmes programmes,
            People people,
            Benefits benefits,
            Indicators indicators,
            AuditLog auditLog) {
        this.repository = repository;
        this.diagramRepository = diagramRepository;
        this.linkRepository = linkRepository;
        this.diagrams = diagrams;
        this.links = links;
        this.organisations = organisations;
        this.programmes = programmes;
        this.people = people;
        this.benefits = benefits;
        this.indicators = indicators;
        this.auditLog = auditLog;
    }

    @Override
    public List<Process> processes(ProgrammeId programme) {
        programmes.require(programme);
        return repository.ofProgramme(programme);
    }

    @Override
    public Optional<Process> find(ProgrammeId programme, ProcessId process) {
        programmes.require(programme);
        return repository.find(process).filter(p -> p.programme().equals(programme));
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
    public List<Organisation> eligibleOrganisations(ProgrammeId programme) {
        return organisations.withUnitsUnder(programmes.require(programme).organisations());
    }

    @Override
    public List<Indicator> eligibleIndicators(ProgrammeId programme) {
        programmes.require(programme);
        List<Benefit> ofProgramme = benefits.list(BenefitQuery.inProgramme(programme));
        return indicators.ofBenefits(ofProgramme.stream().map(Benefit::id).toList()).values().stream()
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(Indicator::name))
                .toList();
    }

    @Override
    @Transactional
    public Process create(ProgrammeId programme, ProcessInput input) {
        return create(programme, input, false);
    }

    private Process create(ProgrammeId programme, ProcessInput input, boolean demo) {
        requireCoordinator(programme);
        Process created = ProcessInputs.parse(ProcessId.newId(), programme, input, allowed(programme), demo, 0);
        repository.insert(created);
        auditLog.record(AuditScope.of(programme), ENTITY, created.id(), "create", null, created);
        return created;
    }

    @Override
    @Transactional
    public Process update(ProgrammeId programme, ProcessId id, ProcessInput input, long expectedVersion) {
        requireCoordinator(programme);
        Process before = existing(programme, id);
        VersionConflictException.unlessCurrent(ENTITY, id, expectedVersion, before.version());
        Process after =
                ProcessInputs.parse(id, programme, input, allowed(programme), before.demo(), expectedVersion + 1);
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(ProgrammeId programme, ProcessId id, long expectedVersion) {
        requireCoordinator(programme);
        Process before = existing(programme, id);
        if (before.version() != expectedVersion || !repository.delete(id, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        auditLog.record(AuditScope.of(programme), ENTITY, id, "delete", before, null);
    }

    @Override
    public Optional<Diagram> diagram(ProgrammeId programme, ProcessId process, DiagramPhase phase) {
        return diagrams.find(existing(programme, process), phase);
    }

    @Override
    @Transactional
    public Diagram saveDiagram(
            ProgrammeId programme,
            ProcessId process,
            DiagramPhase phase,
            String xml,
            long expectedVersion,
            String field) {
        requireCoordinator(programme);
        return diagrams.save(existing(programme, process), phase, xml, expectedVersion, field);
    }

    @Override
    public List<ChangeLink> changes(ProgrammeId programme, ProcessId process) {
        return linkRepository.ofProcess(existing(programme, process).id());
    }

    @Override
    @Transactional
    public ChangeLink linkChange(ProgrammeId programme, ProcessId process, String element, List<String> steps) {
        requireCoordinator(programme);
        Process p = existing(programme, process);
        List<Diagram> drawn = diagramRepository.of(List.of(process)).stream()
                .map(Diagrams::diagram)
                .toList();
        return links.link(p, element, steps, drawn);
    }

    @Override
    @Transactional
    public void unlinkChange(ProgrammeId programme, ProcessId process, String element) {
        requireCoordinator(programme);
        links.unlink(existing(programme, process), element);
    }

    @Override
    public List<ProcessDocument> documents(ProgrammeId programme) {
        List<Process> list = processes(programme);
        Map<ProcessId, List<Diagram>> drawn = diagramRepository
                .of(list.stream().map(Process::id).toList())
                .stream()
                .map(Diagrams::diagram)
                .collect(Collectors.groupingBy(Diagram::process));
        Map<no.gevinst.shared.PersonId, Person> owners =
                people.findAll(list.stream().map(Process::owner).toList());
        return list.stream()
                .map(p -> {
                    List<Diagram> of = drawn.getOrDefault(p.id(), List.of());
                    return new ProcessDocument(
                            p,
                            Optional.ofNullable(owners.get(p.owner()))
                                    .map(Person::name)
                                    .orElse(""),
                            phase(of, DiagramPhase.AS_IS),
                            phase(of, DiagramPhase.TO_BE));
                })
                .toList();
    }

    private static Optional<Diagram> phase(List<Diagram> diagrams, DiagramPhase phase) {
        return diagrams.stream().filter(d -> d.phase() == phase).findFirst();
    }

    @Override
    @Transactional
    public Process loadDemo(
            ProgrammeId programme, ProcessInput input, String asIs, String toBe, List<ChangeLink> changes) {
        Process created = create(programme, input, true);
        diagrams.save(created, DiagramPhase.AS_IS, asIs, 0, "bpmn");
        Diagram target = diagrams.save(created, DiagramPhase.TO_BE, toBe, 0, "bpmn");
        Diagram current = diagrams.find(created, DiagramPhase.AS_IS).orElseThrow();
        for (ChangeLink change : changes) {
            links.link(created, change.element().toString(), change.steps(), List.of(current, target));
        }
        return created;
    }

    private ProcessInputs.Eligible allowed(ProgrammeId programme) {
        List<no.gevinst.shared.OrganisationId> eligibleIds =
                organisations.withUnitsUnder(programmes.require(programme).organisations()).stream()
                        .map(Organisation::id)
                        .toList();
        return new ProcessInputs.Eligible(
                people.inOrganisations(eligibleIds).stream().map(Person::id).collect(Collectors.toSet()),
                Set.copyOf(eligibleIds),
                Set.copyOf(eligibleIndicators(programme).stream()
                        .map(Indicator::id)
                        .toList()));
    }

    private Process existing(ProgrammeId programme, ProcessId id) {
        return find(programme, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
