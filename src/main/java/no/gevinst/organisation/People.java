package no.gevinst.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.UserId;

/** The people who own benefits and answer for them. */
public interface People {

    /** Everyone, by name. */
    List<Person> all();

    /** The people of these organisations, by name. */
    List<Person> inOrganisations(Collection<OrganisationId> organisations);

    Optional<Person> find(PersonId id);

    /** The people with these ids, by id. */
    Map<PersonId, Person> findAll(Collection<PersonId> ids);

    /** The person a user is, if any. */
    Optional<Person> ofUser(UserId user);

    /** Registers a person in an organisation; administrators, or coordinators of that organisation. */
    Person create(PersonInput input);

    Person update(PersonId id, PersonInput input, long expectedVersion);

    /** Links a user account to the person it belongs to; administrators only. */
    void linkUser(PersonId person, UserId user);
}
