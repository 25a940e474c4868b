package no.gevinst.access.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.GrantTargets;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.ServiceAccount;
import no.gevinst.access.ServiceAccountInput;
import no.gevinst.access.ServiceAccounts;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service accounts, kept by administrators: a machine's user, signing in only with API tokens. */
@Service
@Transactional(readOnly = true)
class ServiceAccountService implements ServiceAccounts {

    /** Lower case, so that a machine's user name cannot pass for a person's by its case. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private static final int DISPLAY_NAME_LIMIT = 200;

    private final ServiceAccountRepository accounts;
    private final GrantTargets targets;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    ServiceAccountService(
            ServiceAccountRepository accounts, GrantTargets targets, AccessPolicy access, AuditLog auditLog) {
        this.accounts = accounts;
        this.targets = targets;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<ServiceAccount> all() {
        access.requireAdministrator();
        return accounts.all();
    }

    @Override
    @Transactional
    public ServiceAccount create(ServiceAccountInput input) {
        access.requireAdministrator();
        Violations violations = new Violations();
        String username = Inputs.text(input.username());
        if (!USERNAME.matcher(username).matches()) {
            violations.add("username", "tokens.serviceAccounts.username.invalid");
        } else if (accounts.exists(username)) {
            violations.add("username", "tokens.serviceAccounts.username.taken");
        }
        String displayName = Inputs.text(input.displayName());
        if (displayName.isEmpty()) {
            violations.add("displayName", "tokens.serviceAccounts.displayName.required");
        } else if (displayName.length() > DISPLAY_NAME_LIMIT) {
            violations.add("displayName", "text.tooLong", DISPLAY_NAME_LIMIT, displayName.length());
        } else {
            Inputs.check("displayName", displayName, violations);
        }
        List<RoleAssignment> roles = RoleScopes.parse(input.roles(), "roles", violations);
        checkTargets(roles, violations);
        violations.throwIfAny();
        UserId id = UserId.newId();
        String by = access.currentUser().orElseThrow().username();
        List<RoleAssignment> granted = RoleScopes.distinct(roles);
        accounts.insert(id, username, displayName, granted, by);
        ServiceAccount created = new ServiceAccount(id, username, displayName, true, granted);
        auditLog.record("user", id, "create", null, Map.of("account", created, "kind", "SERVICE"));
        return created;
    }

    /**
     * Every role but the administrator's is held in an organisation that exists (and for a programme that exists);
     * the administrator's is held everywhere, as nothing reads it anywhere else.
     */
    private void checkTargets(List<RoleAssignment> roles, Violations violations) {
        var organisations = targets.existingOrganisations(roles.stream()
                .filter(java.util.Objects::nonNull)
                .map(RoleAssignment::organisation)
                .filter(java.util.Objects::nonNull)
                .toList());
        var programmes = targets.existingProgrammes(roles.stream()
                .filter(java.util.Objects::nonNull)
                .map(RoleAssignment::programme)
                .filter(java.util.Objects::nonNull)
                .toList());
        for (int i = 0; i < roles.size(); i++) {
            RoleAssignment role = roles.get(i);
            if (role == null) {
                continue;
            }
            String at = "roles[" + i + "]";
            if (role.role() == Role.ADMINISTRATOR) {
                if (!role.isEverywhere()) {
                    violations.add(at + ".organisationId", "tokens.serviceAccounts.role.administratorEverywhere");
                }
                continue;
            }
            OrganisationId organisation = role.organisation();
            if (organisation == null) {
                violations.add(at + ".organisationId", "tokens.serviceAccounts.role.organisationRequired");
            } else if (!organisations.contains(organisation)) {
                violations.add(at + ".organisationId", "tokens.serviceAccounts.role.organisationUnknown");
            }
            ProgrammeId programme = role.programme();
            if (programme != null && !programmes.contains(programme)) {
                violations.add(at + ".programmeId", "tokens.serviceAccounts.role.programmeUnknown");
            }
        }
    }
}
