package no.gevinst.network.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.network.NodeKind;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NetworkService implements Networks {

    private static final Set<NodeKind> OWN_KINDS = Set.of(
            NodeKind.ENABLER,
            NodeKind.PREREQUISITE,
            NodeKind.ENABLING_CHANGE,
            NodeKind.BUSINESS_CHANGE,
            NodeKind.DRIVER);

    private final NetworkRepository repository;
    private final Programmes programmes;
    private final Benefits benefits;
    private final People people;
    private final AuditLog auditLog;

    NetworkService(
            NetworkRepository repository, Programmes programmes, Benefits benefits, People people, AuditLog auditLog) {
        this.repository = repository;
        this.programmes = programmes;
        this.benefits = benefits;
        this.people = people;
        this.auditLog = auditLog;
    }

    @Override
    public Network of(ProgrammeId programme) {
        existing(programme);
        List<NetworkRepository.StoredElement> elements = repository.elements(programme);
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme));
        Map<PersonId, Person> owners = owners(elements, register);
        List<NetworkNode> nodes = new ArrayList<>();
        elements.forEach(e -> nodes.add(node(e, owners)));
        register.forEach(b -> nodes.add(node(b, owners)));
        List<Objective> objectives = programmes.objectives(programme);
        objectives.forEach(o -> nodes.add(
                new NetworkNode(o.id().value().toString(), NodeKind.OBJECTIVE, o.label(), null, null, null, null)));
        return new Network(nodes, links(programme, nodes, register));
    }

    @Override
    public String svg(ProgrammeId programme) {
        Network network = of(programme);
        return NetworkDrawing.svg(
                network, NetworkDrawing.layout(network), existing(programme).name());
    }

    @Override
    @Transactional
    public NetworkNode addElement(ProgrammeId programme, ElementInput in) {
        requireCoordinator(programme);
        Violations v = new Violations();
        NodeKind kind = Inputs.choice(in.kind(), NodeKind.class)
                .filter(OWN_KINDS::contains)
                .orElse(null);
        if (kind == null) {
            v.add("kind", "network.element.kind");
        }
        if (Inputs.text(in.label()).isEmpty()) {
            v.add("label", "network.element.label");
        }
        UUID owner = owner(in.ownerId(), v);
        LocalDate planned = Inputs.date(in.plannedDate(), "plannedDate", v);
        LocalDate moved = Inputs.date(in.movedDate(), "movedDate", v);
        if (moved != null && kind != NodeKind.ENABLER) {
            v.add("movedDate", "network.element.movedOnlyForEnablers");
        }
        v.throwIfAny();
        var stored = new NetworkRepository.StoredElement(
                UUID.randomUUID(),
                kind,
                Inputs.text(in.label()),
                Inputs.text(in.description()),
                owner,
                "",
                planned,
                moved);
        repository.insert(programme, stored);
        auditLog.record("network-element", stored.id(), "create", null, stored);
        Map<PersonId, Person> owners = owner == null ? Map.of() : people.findAll(List.of(new PersonId(owner)));
        return node(stored, owners);
    }

    @Override
    @Transactional
    public NetworkLink link(ProgrammeId programme, LinkInput in) {
        requireCoordinator(programme);
        Network network = of(programme);
        Map<String, NetworkNode> nodes = new java.util.HashMap<>();
        network.nodes().forEach(n -> nodes.put(n.id(), n));
        Violations v = new Violations();
        NetworkNode from = nodes.get(Inputs.text(in.from()));
        NetworkNode to = nodes.get(Inputs.text(in.to()));
        if (from == null) {
            v.add("from", "network.link.unknownNode");
        }
        if (to == null) {
            v.add("to", "network.link.unknownNode");
        }
        NetworkLink.Kind kind = Inputs.text(in.kind()).isEmpty()
                ? NetworkLink.Kind.LEADS_TO
                : Inputs.choice(in.kind(), NetworkLink.Kind.class).orElse(null);
        if (kind == null) {
            v.add("kind", "network.link.kind");
        }
        BigDecimal share = share(in.share(), v);
        int lag = lag(in.lagMonths(), v);
        v.throwIfAny();
        checkEnds(from, to, kind, network, v);
        v.throwIfAny();
        NetworkLink link = new NetworkLink(from.id(), to.id(), kind, share, lag);
        List<NetworkLink> after = new ArrayList<>(network.links());
        after.add(link);
        boolean cycle = !new Network(network.nodes(), after).cycles().isEmpty();
        if (cycle) {
            v.add("to", "network.link.cycle");
        }
        v.throwIfAny();
        repository.insert(programme, link);
        auditLog.record("network-link", programme, "create", null, link);
        return link;
    }

    /** Rules a single link must keep at once; the others (owners, objectives) may wait while the map is drawn. */
    private static void checkEnds(
            NetworkNode from, NetworkNode to, NetworkLink.Kind kind, Network network, Violations v) {
        if (from.id().equals(to.id())) {
            v.add("to", "network.link.self");
        }
        if (network.links().stream().anyMatch(l -> l.from().equals(from.id()) && l.to().equals(to.id()))) {
            v.add("to", "network.link.duplicate");
        }
        if (kind == NetworkLink.Kind.MITIGATES && to.kind() != NodeKind.DISBENEFIT) {
            v.add("to", "network.link.mitigatesDisbenefit");
        }
        if (kind == NetworkLink.Kind.LEADS_TO && to.kind().layer() < from.kind().layer()) {
            v.add("to", "network.link.backwards");
        }
    }

    private List<NetworkLink> links(ProgrammeId programme, List<NetworkNode> nodes, List<Benefit> register) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        List<NetworkLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // The register's own benefit → objective links are part of the map without being drawn twice.
        for (Benefit b : register) {
            for (var objective : b.objectives()) {
                String to = objective.value().toString();
                if (ids.contains(to) && seen.add(b.id().value() + ">" + to)) {
                    links.add(new NetworkLink(b.id().value().toString(), to, NetworkLink.Kind.LEADS_TO, null, 0));
                }
            }
        }
        // A link to a benefit since deleted or moved to another programme no longer belongs to the map.
        for (NetworkLink l : repository.links(programme)) {
            if (ids.contains(l.from()) && ids.contains(l.to()) && seen.add(l.from() + ">" + l.to())) {
                links.add(l);
            }
        }
        return links;
    }

    private Map<PersonId, Person> owners(List<NetworkRepository.StoredElement> elements, List<Benefit> register) {
        Set<PersonId> ids = new HashSet<>();
        elements.stream().filter(e -> e.owner() != null).forEach(e -> ids.add(new PersonId(e.owner())));
        register.stream().filter(b -> b.owner() != null).forEach(b -> ids.add(b.owner()));
        return people.findAll(ids);
    }

    private static NetworkNode node(NetworkRepository.StoredElement e, Map<PersonId, Person> owners) {
        String owner = e.owner() == null
                ? null
                : Optional.ofNullable(owners.get(new PersonId(e.owner())))
                        .map(Person::name)
                        .orElse(null);
        return new NetworkNode(
                e.id().toString(), e.kind(), e.label(), owner, e.status(), e.plannedDate(), e.movedDate());
    }

    private static NetworkNode node(Benefit b, Map<PersonId, Person> owners) {
        String owner = Optional.ofNullable(b.owner())
                .map(owners::get)
                .map(Person::name)
                .orElse(null);
        NodeKind kind = b.kind() == BenefitKind.DISBENEFIT ? NodeKind.DISBENEFIT : NodeKind.BENEFIT;
        return new NetworkNode(
                b.id().value().toString(),
                kind,
                b.code() + " " + b.title(),
                owner,
                b.status().name(),
                b.expectedStart(),
                null);
    }

    private UUID owner(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(Inputs.text(text));
            if (people.find(new PersonId(id)).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the violation below
        }
        v.add("ownerId", "network.element.owner");
        return null;
    }

    private static BigDecimal share(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        try {
            BigDecimal share = new BigDecimal(Inputs.text(text).replace(',', '.'));
            if (share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return share;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add("share", "network.link.share");
        return null;
    }

    private static int lag(String text, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return 0;
        }
        try {
            int lag = Integer.parseInt(Inputs.text(text));
            if (lag >= 0) {
                return lag;
            }
        } catch (NumberFormatException e) {
            // falls through to the violation below
        }
        v.add("lagMonths", "network.link.lag");
        return 0;
    }

    private Programme existing(ProgrammeId programme) {
        return programmes.find(programme).orElseThrow(() -> new NotFoundException("programme", programme));
    }

    private void requireCoordinator(ProgrammeId programme) {
        existing(programme);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators change its network");
        }
    }
}
