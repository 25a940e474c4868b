package no.gevinst.access.domain;

import java.util.Map;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.Users;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates user accounts with their roles for the first start, the demo dataset and tests; the password is stored
 * only as a hash. These are not judged by the {@link PasswordPolicy}, which applies to what people type into the
 * pages and the API ({@link UserAdministration}, {@link OwnPassword}): the demo's password is public anyway, and
 * an operator's {@code GEVINST_ADMIN_PASSWORD} is the operator's choice.
 */
@Service
public class UserAccounts implements Users {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    UserAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Override
    public boolean exists(String username) {
        return users.exists(username);
    }

    @Override
    public java.util.List<RoleAssignment> rolesOf(UserId user) {
        return users.rolesOf(user);
    }

    @Override
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        return usernames.isEmpty() ? java.util.Map.of() : users.displayNames(java.util.Set.copyOf(usernames));
    }

    @Override
    @Transactional
    public UserId create(String username, String displayName, String password, RoleAssignment... roles) {
        UserId id = UserId.newId();
        users.insert(id, username, displayName, passwordEncoder.encode(password));
        for (RoleAssignment role : roles) {
            users.assign(id, role);
        }
        auditLog.record(
                "user",
                id,
                "create",
                null,
                Map.of("username", username, "displayName", displayName, "roles", java.util.List.of(roles)));
        return id;
    }
}
