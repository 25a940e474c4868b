package no.gevinst.benefit.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Person;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/** Names by id, and the choices filter lists offer. */
public record RegisterNames(
        List<Programme> programmes,
        Map<ProgrammeId, Programme> programmeById,
        Map<OrganisationId, Organisation> organisations,
        Map<PersonId, Person> people,
        Map<FrameworkItemId, String> frameworkItems,
        Map<ObjectiveId, Objective> objectives,
        List<Person> peopleList) {

    /**
     * "Name, title" of a person, or null for someone in an organisation the user may not see (names stay within
     * the user's scope, but a benefit's owner may belong elsewhere).
     */
    public String nameAndTitle(PersonId id) {
        Person person = people.get(id);
        return person == null ? null : person.name() + ", " + person.title();
    }

    public Set<String> areaNames() {
        return names(Programme::areas);
    }

    public Set<String> priorityAreaNames() {
        return names(Programme::priorityAreas);
    }

    /** The organisations of the visible programmes, by name. */
    public List<Organisation> programmeOrganisations() {
        return programmes.stream()
                .flatMap(p -> p.organisations().stream())
                .distinct()
                .map(organisations::get)
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }

    private Set<String> names(Function<Programme, List<FrameworkItem>> items) {
        return programmes.stream()
                .flatMap(p -> items.apply(p).stream())
                .map(FrameworkItem::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
