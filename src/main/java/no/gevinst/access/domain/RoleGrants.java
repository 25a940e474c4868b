package no.gevinst.access.domain;

import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.domain.AccountInputs.GrantInput;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants roles and withdraws them, each as a change of the account: it takes the account's version, records who
 * granted and when, and is audited with the account before and after.
 */
@Service
public class RoleGrants {

    private final AccountAdministrationRepository accounts;
    private final UserAdministration administration;
    private final AdministrationScope scope;
    private final AuditLog auditLog;

    RoleGrants(
            AccountAdministrationRepository accounts,
            UserAdministration administration,
            AdministrationScope scope,
            AuditLog auditLog) {
        this.accounts = accounts;
        this.administration = administration;
        this.scope = scope;
        this.auditLog = auditLog;
    }

    @Transactional
    public UserAccount grant(UserId id, GrantInput input, long expectedVersion) {
        AdministrationScope.Reader reader = scope.reader();
        UserAccount before = seen(id, reader);
        RoleAssignment assignment = assignment(input, reader);
        requireVersion(before, expectedVersion);
        if (before.grants().stream().anyMatch(g -> g.assignment().equals(assignment))) {
            throw InvalidInputException.of("role", "users.grant.duplicate");
        }
        if (!accounts.touch(id, expectedVersion)) {
            throw new VersionConflictException(UserAdministration.ENTITY, id, expectedVersion, before.version() + 1);
        }
        accounts.grant(id, assignment, reader.username());
        return audited(before, "grant-role");
    }

    @Transactional
    public UserAccount withdraw(UserId id, UUID grantId, long expectedVersion) {
        AdministrationScope.Reader reader = scope.reader();
        UserAccount before = seen(id, reader);
        Grant grant = before.grant(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
        if (!reader.mayGrant(grant)) {
            throw new AccessDeniedException("May not withdraw " + grant.assignment());
        }
        requireVersion(before, expectedVersion);
        withdrawChecked(before, grant);
        if (!accounts.touch(id, expectedVersion)) {
            throw new VersionConflictException(UserAdministration.ENTITY, id, expectedVersion, before.version() + 1);
        }
        return audited(before, "withdraw-role");
    }

    /** Withdraws a grant the caller has judged, in the caller's transaction; refuses the last administrator's. */
    void withdrawChecked(UserAccount account, Grant grant) {
        if (grant.role() == Role.ADMINISTRATOR
                && grant.isEverywhere()
                && account.enabled()
                && accounts.otherAdministrators(account.id()) == 0) {
            throw InvalidInputException.of("grant", "users.lastAdministrator");
        }
        accounts.withdraw(grant.id());
    }

    UserAccount audited(UserAccount before, String action) {
        UserAccount after = accounts.find(before.id()).orElseThrow();
        auditLog.record(UserAdministration.ENTITY, before.id(), action, before, after);
        return after;
    }

    private UserAccount seen(UserId id, AdministrationScope.Reader reader) {
        return accounts.find(id)
                .filter(reader::sees)
                .orElseThrow(() -> new NotFoundException(UserAdministration.ENTITY, id));
    }

    private static void requireVersion(UserAccount account, long expectedVersion) {
        if (account.version() != expectedVersion) {
            throw new VersionConflictException(
                    UserAdministration.ENTITY, account.id(), expectedVersion, account.version());
        }
    }

    /**
     * The role and where, each field named when it is missing or no id. Whether the reader may grant it is asked
     * next, and only then whether the organisation exists and takes part in the programme, so that a refused reader
     * learns nothing about either.
     */
    private static RoleAssignment assignment(GrantInput input, AdministrationScope.Reader reader) {
        Violations violations = new Violations();
        Inputs.check("role", input.role(), violations);
        Optional<Role> role = Inputs.choice(input.role(), Role.class);
        if (role.isEmpty() && !violations.has("role")) {
            violations.add("role", Inputs.text(input.role()).isEmpty() ? "users.grant.role.required" : "value.invalid");
        }
        OrganisationId organisation = id("organisationId", input.organisationId(), OrganisationId::new, violations);
        ProgrammeId programme = id("programmeId", input.programmeId(), ProgrammeId::new, violations);
        if (programme != null && organisation == null && !violations.has("organisationId")) {
            violations.add("organisationId", "users.grant.organisation.required");
        }
        violations.throwIfAny();
        if (!reader.mayGrant(role.orElseThrow(), organisation, programme)) {
            throw new AccessDeniedException("May not grant " + role.get() + " there");
        }
        if (organisation != null && reader.organisationName(organisation).equals(organisation.toString())) {
            violations.add("organisationId", "users.grant.organisation.unknown");
        } else if (programme != null && !reader.takesPart(organisation, programme)) {
            violations.add("programmeId", "users.grant.programme.notTakingPart");
        }
        violations.throwIfAny();
        return new RoleAssignment(role.get(), organisation, programme);
    }

    private static <T> T id(String field, String text, java.util.function.Function<UUID, T> type, Violations v) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Optional<T> id = Ids.parse(text, type);
        if (id.isEmpty()) {
            Inputs.check(field, text, v);
            if (!v.has(field)) {
                v.add(field, "value.invalid");
            }
        }
        return id.orElse(null);
    }
}
