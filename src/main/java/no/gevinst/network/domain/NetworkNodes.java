package no.gevinst.network.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.indicator.Rag;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NodeKind;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/** The network's elements and the register's benefits as nodes and elements, with their owners' names. */
@Component
class NetworkNodes {

    private final People people;

    NetworkNodes(People people) {
        this.people = people;
    }

    /** The owners of the elements and benefits, read at once. */
    Map<PersonId, Person> owners(List<NetworkRepository.StoredElement> elements, List<Benefit> register) {
        Set<PersonId> ids = new HashSet<>();
        elements.stream().filter(e -> e.owner() != null).forEach(e -> ids.add(new PersonId(e.owner())));
        register.stream().filter(b -> b.owner() != null).forEach(b -> ids.add(b.owner()));
        return people.findAll(ids);
    }

    /** The stored element as shown, with its owner's name. */
    NetworkElement element(NetworkRepository.StoredElement e) {
        return element(e, owners(List.of(e), List.of()));
    }

    static NetworkNode node(NetworkRepository.StoredElement e, Map<PersonId, Person> owners) {
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

    static NetworkNode node(Benefit b, Map<PersonId, Person> owners, Rag rag) {
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
}
