package no.gevinst.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.UserId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PersonService implements People {

    static final String ENTITY = "person";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository repository;
    private final OrganisationRepository organisations;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Visibility visibility;

    PersonService(
            PersonRepository repository,
            OrganisationRepository organisations,
            AccessPolicy access,
            AuditLog auditLog,
            Visibility visibility) {
        this.visibility = visibility;
        this.repository = repository;
        this.organisations = organisations;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<Person> all() {
        return visible(repository.all());
    }

    @Override
    public List<Person> inOrganisations(Collection<OrganisationId> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : visible(repository.inOrganisations(organisationIds));
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return repository.find(id).filter(p -> Visibility.allows(visibility.organisations(), p.organisation()));
    }

    @Override
    public Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return visible(repository.findAll(ids)).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Only the people of organisations the user may see: names and e-mail addresses stay within the scope. */
    private List<Person> visible(List<Person> found) {
        var visible = visibility.organisations();
        return visible.isEmpty()
                ? found
                : found.stream()
                        .filter(p -> Visibility.allows(visible, p.organisation()))
                        .toList();
    }

    @Override
    public Optional<Person> ofUser(UserId user) {
        return repository.ofUser(user);
    }

    @Override
    @Transactional
    public Person create(PersonInput input) {
        // Asked before the rest is read, so that a refusal says nothing about what else was wrong.
        Ids.parse(input.organisationId(), OrganisationId::new)
                .ifPresent(o -> access.require(Role.GEVINSTKOORDINATOR, o));
        Person person = validated(PersonId.newId(), input, 0, null);
        access.require(Role.GEVINSTKOORDINATOR, person.organisation());
        repository.insert(person);
        auditLog.record(ENTITY, person.id(), "create", null, person);
        return person;
    }

    @Override
    @Transactional
    public Person update(PersonId id, PersonInput input, long expectedVersion) {
        Person before = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        access.require(Role.GEVINSTKOORDINATOR, before.organisation());
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Person after = validated(id, input, expectedVersion + 1, before.user());
        access.require(Role.GEVINSTKOORDINATOR, after.organisation());
        if (!repository.update(after, expectedVersion)) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        auditLog.record(ENTITY, id, "update", before, after);
        return after;
    }

    @Override
    @Transactional
    public void linkUser(PersonId personId, UserId user) {
        access.requireAdministrator();
        Person before = repository.find(personId).orElseThrow(() -> new NotFoundException(ENTITY, personId));
        repository.linkUser(personId, user);
        auditLog.record(
                ENTITY, personId, "link-user", before, repository.find(personId).orElseThrow());
    }

    private Person validated(PersonId id, PersonInput input, long version, UserId user) {
        Violations violations = new Violations();
        String name = strip(input.name());
        if (name.isEmpty()) {
            violations.add("name", "person.name.required");
        }
        String email = strip(input.email());
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            violations.add("email", "person.email.invalid");
        }
        Optional<OrganisationId> organisation = Ids.parse(input.organisationId(), OrganisationId::new)
                .filter(o -> organisations.find(o).isPresent());
        if (organisation.isEmpty()) {
            violations.add("organisationId", "person.organisation.required");
        }
        violations.throwIfAny();
        return new Person(
                id,
                name,
                email.isEmpty() ? null : email,
                emptyToNull(input.title()),
                organisation.get(),
                user,
                version);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String emptyToNull(String text) {
        return strip(text).isEmpty() ? null : strip(text);
    }
}
