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
import java.util.stream.Collectors;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.network.ChangeDescription;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawings;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.network.Networks.Viewed;
import no.gevinst.network.NodeKind;
import no.gevinst.network.OwnedElement;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
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
    private final Indicators indicators;
    private final AuditLog auditLog;
    private final NetworkDrawings drawings;

    NetworkService(
            NetworkRepository repository,
            Programmes programmes,
            Benefits benefits,
            People people,
            Indicators indicators,
            AuditLog auditLog,
            NetworkDrawings drawings) {
        this.drawings = drawings;
        this.repository = repository;
        this.indicators = indicators;
        this.programmes = programmes;
        this.benefits = benefits;
        this.people = people;
        this.auditLog = auditLog;
    }

    @Override
    public Network of(ProgrammeId programme) {
        return of(programme, NetworkView.WHOLE);
    }

    @Override
    public Network of(ProgrammeId programme, NetworkView view) {
        return viewed(programme, view).shown();
    }

    @Override
    public List<NetworkLink> statedLinks(ProgrammeId programme) {
        existing(programme);
        return repository.links(programme);
    }

    @Override
    public List<OwnedElement> openElementsOf(PersonId owner) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        return visible.isEmpty() ? List.of() : repository.openElementsOf(owner, visible);
    }

    @Override
    public Viewed viewed(ProgrammeId programme, NetworkView view) {
        Programme p = existing(programme);
        List<NetworkRepository.StoredElement> elements = repository.elements(programme);
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme));
        Map<PersonId, Person> owners = owners(elements, register);
        Map<BenefitId, Rag> rags =
                indicators.worstRag(register.stream().map(Benefit::id).toList());
        List<NetworkNode> nodes = new ArrayList<>();
        elements.forEach(e -> nodes.add(node(e, owners)));
        register.forEach(b -> nodes.add(node(b, owners, rags.getOrDefault(b.id(), Rag.NONE))));
        programmes
                .objectives(programme)
                .forEach(o -> nodes.add(new NetworkNode(
                        o.id().value().toString(), NodeKind.OBJECTIVE, o.label(), null, null, null, null)));
        Network whole = new Network(nodes, links(programme, nodes, register));
        return new Viewed(whole, inView(whole, view, p, register));
    }

    private static Network inView(Network whole, NetworkView view, Programme programme, List<Benefit> register) {
        return switch (view.kind()) {
            case PROGRAMME -> whole;
            case PARTY -> {
                OrganisationId party = Ids.parse(view.focus(), OrganisationId::new)
                        .filter(programme.organisations()::contains)
                        .orElseThrow(() -> unknownFocus());
                yield whole.around(register.stream()
                        .filter(b -> concerns(b, party))
                        .map(b -> b.id().value().toString())
                        .collect(Collectors.toSet()));
            }
            case OBJECTIVE -> whole.around(Set.of(focus(whole, view, NodeKind.OBJECTIVE)));
            case UPSTREAM -> whole.upstreamOf(focus(whole, view, NodeKind.BENEFIT, NodeKind.DISBENEFIT));
        };
    }

    /** A party's benefits: those that arise there and those it invests in. */
    private static boolean concerns(Benefit benefit, OrganisationId party) {
        return benefit.investors().contains(party)
                || benefit.allocations().stream().anyMatch(a -> a.organisation().equals(party));
    }

    private static String focus(Network whole, NetworkView view, NodeKind... kinds) {
        return whole.nodes().stream()
                .filter(n -> n.id().equals(view.focus()) && List.of(kinds).contains(n.kind()))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow(() -> unknownFocus());
    }

    private static InvalidInputException unknownFocus() {
        return new InvalidInputException(List.of(FieldViolation.of("focus", "network.view.unknownFocus")));
    }

    @Override
    public String svg(ProgrammeId programme, NetworkView view) {
        return drawings.svg(of(programme, view), existing(programme).name(), programme);
    }

    @Override
    public NetworkElement element(ProgrammeId programme, ElementId element) {
        existing(programme);
        NetworkRepository.StoredElement stored = stored(programme, element);
        return element(stored, owners(List.of(stored), List.of()));
    }

    @Override
    public void requireMayChange(ProgrammeId programme) {
        requireCoordinator(programme);
    }

    @Override
    @Transactional
    public NetworkElement addElement(ProgrammeId programme, ElementInput in) {
        requireCoordinator(programme);
        Violations v = new Violations();
        NodeKind kind = Inputs.choice(in.kind(), NodeKind.class)
                .filter(OWN_KINDS::contains)
                .orElse(null);
        if (kind == null) {
            v.add("kind", "network.element.kind");
        }
        var stored = validated(ElementId.newId(), kind, in, v, 0);
        repository.insert(programme, stored);
        auditLog.record(AuditScope.of(programme), "network-element", stored.id().value(), "create", null, stored);
        return element(stored, owners(List.of(stored), List.of()));
    }

    @Override
    @Transactional
    public NetworkElement updateElement(
            ProgrammeId programme, ElementId element, ElementInput in, long expectedVersion) {
        requireCoordinator(programme);
        NetworkRepository.StoredElement before = stored(programme, element);
        requireVersion(element, expectedVersion, before.version());
        Violations v = new Violations();
        if (!Inputs.text(in.kind()).isEmpty()
                && Inputs.choice(in.kind(), NodeKind.class).orElse(null) != before.kind()) {
            v.add("kind", "network.element.kindFixed");
        }
        var after = validated(element, before.kind(), in, v, expectedVersion + 1);
        if (!repository.update(programme, after, expectedVersion)) {
            // Another request naming the same version got there first.
            throw new VersionConflictException("network element", element, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), "network-element", element.value(), "update", before, after);
        return element(after, owners(List.of(after), List.of()));
    }

    @Override
    @Transactional
    public void removeElement(ProgrammeId programme, ElementId element, long expectedVersion) {
        requireCoordinator(programme);
        NetworkRepository.StoredElement before = stored(programme, element);
        requireVersion(element, expectedVersion, before.version());
        if (!repository.delete(programme, element, expectedVersion)) {
            throw new VersionConflictException("network element", element, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(AuditScope.of(programme), "network-element", element.value(), "delete", before, null);
    }

    /** The element the input describes, or every violation of it; nothing is written while any remains. */
    @Override
    @Transactional
    public NetworkElement updateElement(ProgrammeId programme, ElementId element, ElementInput in) {
        return updateElement(programme, element, in, stored(programme, element).version());
    }

    @Override
    @Transactional
    public void removeElement(ProgrammeId programme, ElementId element) {
        removeElement(programme, element, stored(programme, element).version());
    }

    private static void requireVersion(ElementId element, long expected, long current) {
        if (expected != current) {
            throw new VersionConflictException("network element", element, expected, current);
        }
    }

    private NetworkRepository.StoredElement validated(
            ElementId id, NodeKind kind, ElementInput in, Violations v, long version) {
        String label = Inputs.text(in.label());
        if (label.isEmpty() || label.length() > 200) {
            v.add("label", "network.element.label");
        }
        UUID owner = owner(in.ownerId(), v);
        ElementStatus status = Inputs.text(in.status()).isEmpty()
                ? ElementStatus.PLANNED
                : Inputs.choice(in.status(), ElementStatus.class).orElse(null);
        if (status == null) {
            v.add("status", "network.element.status");
        }
        LocalDate planned = Inputs.date(in.plannedDate(), "plannedDate", v);
        LocalDate moved = Inputs.date(in.movedDate(), "movedDate", v);
        if (moved != null && kind != null && kind != NodeKind.ENABLER) {
            v.add("movedDate", "network.element.movedOnlyForEnablers");
        }
        ChangeDescription change = in.change();
        if (!change.isEmpty() && kind != null && !kind.isChange()) {
            v.add("today", "network.element.changeOnlyForChanges");
        }
        v.throwIfAny();
        return new NetworkRepository.StoredElement(
                id,
                kind,
                label,
                Inputs.text(in.description()),
                owner,
                Inputs.text(in.release()),
                status,
                planned,
                moved,
                change,
                version);
    }

    private NetworkRepository.StoredElement stored(ProgrammeId programme, ElementId element) {
        return repository
                .element(programme, element)
                .orElseThrow(() -> new NotFoundException("network element", element));
    }

    @Override
    @Transactional
    public NetworkLink link(ProgrammeId programme, LinkInput in) {
        requireCoordinator(programme);
        repository.lockLinks(programme);
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
        auditLog.record(AuditScope.of(programme), "network-link", programme, "create", null, link);
        return link;
    }

    @Override
    @Transactional
    public void unlink(ProgrammeId programme, String from, String to) {
        requireCoordinator(programme);
        Violations v = new Violations();
        UUID fromId = Ids.parse(from, u -> u).orElse(null);
        UUID toId = Ids.parse(to, u -> u).orElse(null);
        if (fromId == null) {
            v.add("from", "network.link.unknownNode");
        }
        if (toId == null) {
            v.add("to", "network.link.unknownNode");
        }
        v.throwIfAny();
        if (!repository.deleteLink(programme, fromId, toId)) {
            boolean inRegister = of(programme).links().stream()
                    .anyMatch(l -> l.from().equals(fromId.toString()) && l.to().equals(toId.toString()));
            if (inRegister) {
                // A benefit's objectives are part of its profile; the map only shows them.
                v.add("to", "network.link.inRegister").throwIfAny();
            }
            throw new NotFoundException("network link", from + " → " + to);
        }
        auditLog.record(
                AuditScope.of(programme),
                "network-link",
                programme,
                "delete",
                new NetworkLink(from, to, null, null, 0),
                null);
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
        if (from.kind().isBenefit() && to.kind() == NodeKind.OBJECTIVE) {
            // A benefit's objectives are part of its profile; the map shows them, and one place keeps them.
            v.add("to", "network.link.objectiveOnProfile");
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
        return new NetworkNode(
                e.id().toString(),
                e.kind(),
                e.label(),
                ownerName(e.owner(), owners),
                e.status().name(),
                e.plannedDate(),
                e.movedDate(),
                e.release(),
                null);
    }

    private static NetworkElement element(NetworkRepository.StoredElement e, Map<PersonId, Person> owners) {
        return new NetworkElement(
                e.id(),
                e.kind(),
                e.label(),
                e.description(),
                e.owner() == null ? null : e.owner().toString(),
                ownerName(e.owner(), owners),
                e.release(),
                e.status(),
                e.plannedDate(),
                e.movedDate(),
                e.change(),
                e.version());
    }

    private static String ownerName(UUID owner, Map<PersonId, Person> owners) {
        return owner == null
                ? null
                : Optional.ofNullable(owners.get(new PersonId(owner)))
                        .map(Person::name)
                        .orElse(null);
    }

    private static NetworkNode node(Benefit b, Map<PersonId, Person> owners, Rag rag) {
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
                null,
                "",
                rag.name());
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
            BigDecimal share = NorwegianNumbers.parseDecimal(text);
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
