package no.gevinst.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.audit.AuditLog;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.OrganisationNumber;
import no.gevinst.organisation.OrganisationType;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.Ids;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisations {

    static final String ENTITY = "organisation";
    static final int MAX_NAME_LENGTH = 200;

    private final OrganisationRepository repository;
    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final Visibility visibility;

    OrganisationService(
            OrganisationRepository repository, AccessPolicy access, AuditLog auditLog, Visibility visibility) {
        this.visibility = visibility;
        this.repository = repository;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public Map<OrganisationId, List<OrganisationId>> withAncestors(Collection<OrganisationId> units) {
        return units.isEmpty() ? Map.of() : repository.withAncestors(units);
    }

    @Override
    public Set<OrganisationId> withDescendants(Collection<OrganisationId> units) {
        return units.isEmpty() ? Set.of() : repository.withDescendants(units);
    }

    @Override
    public List<Organisation> all() {
        return visible(repository.all());
    }

    @Override
    public List<Organisation> search(String text) {
        return text == null || text.isBlank() ? all() : visible(repository.search(text.strip()));
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return repository.find(id).filter(o -> Visibility.allows(visibility.listedOrganisations(), o.id()));
    }

    @Override
    public List<Organisation> findAll(Collection<OrganisationId> ids) {
        return visible(repository.findAll(ids));
    }

    private List<Organisation> visible(List<Organisation> found) {
        var visible = visibility.listedOrganisations();
        return visible.isEmpty()
                ? found
                : found.stream().filter(o -> Visibility.allows(visible, o.id())).toList();
    }

    @Override
    @Transactional
    public Organisation create(OrganisationInput input) {
        access.requireAdministrator();
        Organisation created = validated(OrganisationId.newId(), input, 0);
        try {
            repository.insert(created);
        } catch (DuplicateKeyException e) {
            // Two writers registered the same number at once; the database's unique key decided.
            throw takenNumber(created.organisationNumber());
        }
        auditLog.record(ENTITY, created.id(), "create", null, created);
        return created;
    }

    @Override
    @Transactional
    public Organisation update(OrganisationId id, OrganisationInput input, long expectedVersion) {
        access.requireAdministrator();
        Organisation before = repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        Organisation after = validated(id, input, expectedVersion + 1);
        boolean written;
        try {
            written = repository.update(after, expectedVersion);
        } catch (DuplicateKeyException e) {
            throw takenNumber(after.organisationNumber());
        }
        if (!written) {
            long current = repository.find(id).map(Organisation::version).orElse(-1L);
            throw new VersionConflictException(ENTITY, id, expectedVersion, current);
        }
        auditLog.record(ENTITY, id, "update", before, after);
        return after;
    }

    private static InvalidInputException takenNumber(OrganisationNumber number) {
        return InvalidInputException.of("organisationNumber", "organisationNumber.taken", number.formatted());
    }

    /** Checks every field of the input and builds the organisation, or names every bad field at once. */
    private Organisation validated(OrganisationId id, OrganisationInput input, long version) {
        Violations violations = new Violations();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            violations.add("name", "organisation.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add("name", "organisation.name.tooLong", MAX_NAME_LENGTH);
        }
        Optional<OrganisationType> type = OrganisationType.parse(input.type());
        if (type.isEmpty()) {
            violations.add("type", "organisation.type.invalid");
        }
        OrganisationNumber number = organisationNumber(input.organisationNumber(), id, violations);
        OrganisationId parent = parent(input.parentId(), id, violations);
        violations.throwIfAny();
        return new Organisation(id, name, type.orElseThrow(), number, parent, version);
    }

    private OrganisationNumber organisationNumber(String text, OrganisationId self, Violations violations) {
        Optional<String> problem = OrganisationNumber.problemWith(text);
        if (problem.isPresent()) {
            violations.add("organisationNumber", problem.get());
            return null;
        }
        OrganisationNumber number = OrganisationNumber.of(text);
        if (repository.numberTakenByOther(number, self)) {
            violations.add("organisationNumber", "organisationNumber.taken", number.formatted());
        }
        return number;
    }

    private OrganisationId parent(String text, OrganisationId self, Violations violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<OrganisationId> parent = Ids.parse(text, OrganisationId::new)
                .filter(p -> repository.find(p).isPresent());
        if (parent.isEmpty()) {
            violations.add("parentId", "organisation.parent.unknown");
            return null;
        }
        if (repository.ancestry(parent.get()).contains(self)) {
            violations.add("parentId", "organisation.parent.cycle");
            return null;
        }
        return parent.get();
    }
}
