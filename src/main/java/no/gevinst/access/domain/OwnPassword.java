package no.gevinst.access.domain;

import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.domain.AccountInputs.PasswordChange;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.UserId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user choosing their own password: after a reset (until then every page sends them here) or whenever they like.
 * The present password must be given, so that a session left open cannot be used to take the account over.
 */
@Service
public class OwnPassword {

    private final AccessPolicy access;
    private final AccountAdministrationRepository accounts;
    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;

    OwnPassword(
            AccessPolicy access,
            AccountAdministrationRepository accounts,
            UserAccountRepository users,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AuditLog auditLog) {
        this.access = access;
        this.accounts = accounts;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.auditLog = auditLog;
    }

    /** True when the current user has a local password to change (not one signed in only through a provider). */
    public boolean hasLocalPassword() {
        return access.currentUser().flatMap(u -> accounts.passwordHash(u.id())).isPresent();
    }

    /** True when the user must choose a new password before anything else. */
    public boolean mustChange(String username) {
        return users.mustChangePassword(username);
    }

    @Transactional
    public void change(PasswordChange input) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        UserAccount before = accounts.find(user.id()).orElseThrow(() -> new AccessDeniedException("No account"));
        String hash = accounts.passwordHash(user.id()).orElse(null);
        if (hash == null) {
            throw InvalidInputException.of("currentPassword", "users.password.notLocal");
        }
        Violations violations = new Violations();
        Inputs.check("currentPassword", input.currentPassword(), violations);
        Inputs.check("newPassword", input.newPassword(), violations);
        Inputs.check("repeatPassword", input.repeatPassword(), violations);
        violations.throwIfAny();
        if (input.currentPassword() == null || !encoder.matches(input.currentPassword(), hash)) {
            violations.add("currentPassword", "users.password.currentWrong");
        }
        policy.check("newPassword", input.newPassword(), user.username(), violations);
        if (!violations.has("newPassword") && input.newPassword().equals(input.currentPassword())) {
            violations.add("newPassword", "users.password.unchanged");
        }
        if (!violations.has("newPassword") && !input.newPassword().equals(input.repeatPassword())) {
            violations.add("repeatPassword", "users.password.repeatDiffers");
        }
        violations.throwIfAny();
        change(before, encoder.encode(input.newPassword()));
    }

    private void change(UserAccount before, String hash) {
        UserId id = before.id();
        if (!accounts.setPassword(id, hash, false, before.version())) {
            throw new VersionConflictException(UserAdministration.ENTITY, id, before.version(), before.version() + 1);
        }
        // The hash is no business of the audit log: only that the password changed, and whether it had to.
        auditLog.record(
                UserAdministration.ENTITY,
                id,
                "change-password",
                Map.of("mustChangePassword", before.mustChangePassword(), "version", before.version()),
                Map.of("mustChangePassword", false, "version", before.version() + 1));
    }
}
