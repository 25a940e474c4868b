package no.gevinst.handover.domain;

import java.util.List;
import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.access.Users;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/** Who may receive a benefit in the line, and who the current user is among the people. */
@Component
class Receivers {

    private final People people;
    private final Users users;
    private final AccessPolicy access;

    Receivers(People people, Users users, AccessPolicy access) {
        this.people = people;
        this.users = users;
        this.access = access;
    }

    /**
     * The people of the programme's organisations whose account holds the gevinsteier role in their own organisation
     * (for every programme or this one): line managers who can own benefits there. A person without an account
     * could never accept.
     */
    List<Person> of(Programme programme) {
        return people.inOrganisations(programme.organisations()).stream()
                .filter(p -> isLineManager(p, programme))
                .toList();
    }

    boolean isLineManager(Person person, Programme programme) {
        return person.user() != null
                && programme.organisations().contains(person.organisation())
                && users.rolesOf(person.user()).stream()
                        .anyMatch(r -> r.grantsFor(Role.GEVINSTEIER, person.organisation(), programme.id()));
    }

    Optional<Person> find(PersonId id) {
        return people.find(id);
    }

    /** The person the current user is, if their account is linked to one. */
    Optional<PersonId> currentPerson() {
        return access.currentUser().flatMap(u -> people.ofUser(u.id())).map(Person::id);
    }

    String currentUsername() {
        return access.currentUser().map(u -> u.username()).orElse("system");
    }
}
