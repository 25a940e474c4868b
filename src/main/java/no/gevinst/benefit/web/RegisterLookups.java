package no.gevinst.benefit.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The names pages show for the ids a benefit holds, gathered once per page rather than per row, and kept per data
 * generation: every register page and profile showed the same hundred people, organisations and objectives, read
 * again each time. They are kept under the user's roles and visible programmes, which decide whose names the user
 * may see; a change of roles, like any write to the names, moves the generation.
 */
@Component
class RegisterLookups {

    /** Sets of rights and programmes kept per generation: every user's, bounded. */
    private static final int LIMIT = 256;

    private final Programmes programmes;
    private final Organisations organisations;
    private final People people;
    private final AccessPolicy access;
    private final GenerationKept<Scope, RegisterNames> kept;

    RegisterLookups(
            Programmes programmes,
            Organisations organisations,
            People people,
            AccessPolicy access,
            DataGeneration generations) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.people = people;
        this.access = access;
        this.kept = new GenerationKept<>(generations, LIMIT);
    }

    /**
     * What the names a user may see depend on besides the data. The programmes themselves, not only their ids: the
     * request may have read them before the generation was, and names are then kept only beside the same programmes.
     */
    private record Scope(List<RoleAssignment> roles, List<Programme> programmes) {}

    /** Everything the register and the profile show by name, for the programmes the user may see. */
    RegisterNames names() {
        List<Programme> visible = programmes.visible();
        Scope scope = new Scope(access.currentUser().map(CurrentUser::roles).orElse(List.of()), visible);
        return kept.get(scope, () -> read(visible));
    }

    private RegisterNames read(List<Programme> visible) {
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
