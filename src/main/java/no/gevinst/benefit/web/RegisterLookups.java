package no.gevinst.benefit.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/** The names pages show for the ids a benefit holds, gathered once per page rather than per row. */
@Component
class RegisterLookups {

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;

    RegisterLookups(Programmes programmes, Organisations organisations, People people) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
    }

    /** Everything the register and the profile show by name, for the programmes the user may see. */
    RegisterNames names() {
        List<Programme> visible = programmes.visible();
        Set<ProgrammeId> ids = visible.stream().map(Programme::id).collect(Collectors.toSet());
        List<Objective> objectives = programmes.objectives(ids);
        Set<OrganisationId> organisationIds = visible.stream()
                .flatMap(p -> p.organisations().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Person> persons = people.inOrganisations(organisationIds);
        return new RegisterNames(
                visible,
                byId(visible, Programme::id),
                byId(organisations.all(), Organisation::id),
                byId(persons, Person::id),
                visible.stream()
                        .flatMap(p -> p.framework().stream())
                        .collect(Collectors.toMap(FrameworkItem::id, FrameworkItem::name)),
                byId(objectives, Objective::id),
                persons);
    }

    private static <K, V> Map<K, V> byId(Collection<V> values, Function<V, K> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
