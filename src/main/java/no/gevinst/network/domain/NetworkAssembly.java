package no.gevinst.network.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Rag;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks.Viewed;
import no.gevinst.network.NodeKind;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * A programme's network put together from its own elements, the register's benefits (coloured by their indicators)
 * and objectives, and the links; and the part of it a view asks for.
 */
@Component
class NetworkAssembly {

    private final NetworkRepository repository;
    private final NetworkRights rights;
    private final NetworkNodes nodes;
    private final Programmes programmes;
    private final Benefits benefits;
    private final Indicators indicators;

    NetworkAssembly(
            NetworkRepository repository,
            NetworkRights rights,
            NetworkNodes nodes,
            Programmes programmes,
            Benefits benefits,
            Indicators indicators) {
        this.repository = repository;
        this.rights = rights;
        this.nodes = nodes;
        this.programmes = programmes;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    Viewed viewed(ProgrammeId programme, NetworkView view) {
        Programme p = rights.existing(programme);
        List<NetworkRepository.StoredElement> elements = repository.elements(programme);
        List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme));
        Map<PersonId, Person> owners = nodes.owners(elements, register);
        Map<BenefitId, Rag> rags =
                indicators.worstRag(register.stream().map(Benefit::id).toList());
        List<NetworkNode> shown = new ArrayList<>();
        elements.forEach(e -> shown.add(NetworkNodes.node(e, owners)));
        register.forEach(b -> shown.add(NetworkNodes.node(b, owners, rags.getOrDefault(b.id(), Rag.NONE))));
        programmes
                .objectives(programme)
                .forEach(o -> shown.add(new NetworkNode(
                        o.id().value().toString(), NodeKind.OBJECTIVE, o.label(), null, null, null, null)));
        Network whole = new Network(shown, links(programme, shown, register));
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
}
