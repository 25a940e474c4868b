package no.gevinst.benefit.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.springframework.stereotype.Component;

/** Who may own a benefit, and whether the current user owns one: the gevinsteier role where the benefit arises. */
@Component
class BenefitOwnership {

    private final Programmes programmes;
    private final People people;
    private final Users users;
    private final AccessPolicy access;

    BenefitOwnership(Programmes programmes, People people, Users users, AccessPolicy access) {
        this.programmes = programmes;
        this.people = people;
        this.users = users;
        this.access = access;
    }

    /**
     * The organisations a benefit concerns: where it arises, who invests in it, and the owner and parties of its
     * programme, to which a benefit belongs as a whole before its allocations are known.
     */
    Set<OrganisationId> organisationsOf(Benefit benefit) {
        Set<OrganisationId> concerned = new HashSet<>();
        benefit.allocations().forEach(a -> concerned.add(a.organisation()));
        concerned.addAll(benefit.investors());
        programmes.find(benefit.programme()).ifPresent(p -> concerned.addAll(p.organisations()));
        return concerned;
    }

    /**
     * True when the person may be named owner in the programme: a user who holds the gevinsteier role in its owner
     * organisation or one of its parties. A person without an account, or with another role, may not own benefits.
     */
    boolean mayOwn(PersonId owner, Programme p) {
        return people.find(owner)
                .map(Person::user)
                .map(users::rolesOf)
                .map(roles -> roles.stream()
                        .anyMatch(r ->
                                p.organisations().stream().anyMatch(o -> r.grantsFor(Role.GEVINSTEIER, o, p.id()))))
                .orElse(false);
    }

    /**
     * True when the current user is the benefit's named owner and holds the gevinsteier role in one of its
     * organisations: being named alone gives a leser, måleansvarlig or steering group member no rights.
     */
    boolean isOwner(Benefit benefit) {
        if (benefit.owner() == null) {
            return false;
        }
        Optional<CurrentUser> user = access.currentUser();
        return user.flatMap(u -> people.ofUser(u.id()))
                        .map(Person::id)
                        .filter(benefit.owner()::equals)
                        .isPresent()
                && user.get().holdsInAny(Role.GEVINSTEIER, organisationsOf(benefit), benefit.programme());
    }
}
