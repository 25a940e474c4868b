package no.gevinst.access.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.gevinst.access.domain.AccountInputs.Details;
import no.gevinst.access.domain.AccountInputs.Invitation;
import no.gevinst.access.domain.AccountInputs.NewUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.UserId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts as administrators and coordinators keep them: list and find within the reader's scope, create a
 * local account or invite a person by e-mail, correct, deactivate and reactivate, reset a password. Every change
 * takes the version read and is audited with the account before and after.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

    static final String ENTITY = "user";
    private static final Pattern USERNAME = Pattern.compile("^[\\p{L}\\p{N}._@+-]{2,100}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountAdministrationRepository accounts;
    private final AdministrationScope scope;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final SessionEnder sessions;

    UserAdministration(
            AccountAdministrationRepository accounts,
            AdministrationScope scope,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AuditLog auditLog,
            SessionEnder sessions) {
        this.accounts = accounts;
        this.scope = scope;
        this.policy = policy;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /** The accounts the current user sees that match the filter, by full name. */
    public List<UserAccount> list(UserFilter filter) {
        AdministrationScope.Reader reader = scope.reader();
        return accounts.search(filter.text()).stream()
                .filter(reader::sees)
                .filter(filter::matches)
                .toList();
    }

    /** The account, if the current user sees it. */
    public Optional<UserAccount> find(UserId id) {
        AdministrationScope.Reader reader = scope.reader();
        return accounts.find(id).filter(reader::sees);
    }

    @Transactional
    public UserAccount create(NewUser input) {
        scope.reader();
        Violations violations = new Violations();
        String username = username(input.username(), violations);
        String displayName = displayName(input.displayName(), violations);
        String email = email(input.email(), false, null, violations);
        Inputs.check("password", input.password(), violations);
        if (!violations.has("password")) {
            policy.check("password", input.password(), username, violations);
        }
        violations.throwIfAny();
        return created(username, displayName, email, encoder.encode(input.password()), "create");
    }

    @Transactional
    public UserAccount invite(Invitation input) {
        scope.reader();
        Violations violations = new Violations();
        String email = email(input.email(), true, null, violations);
        String displayName = displayName(input.displayName(), violations);
        String username = Inputs.text(input.username()).isEmpty() && email != null
                ? username(email.toLowerCase(Locale.ROOT), "email", violations)
                : username(input.username(), violations);
        violations.throwIfAny();
        return created(username, displayName, email, null, "invite");
    }

    private UserAccount created(String username, String displayName, String email, String hash, String action) {
        UserId id = UserId.newId();
        accounts.insert(id, username, displayName, email, hash);
        UserAccount created = accounts.find(id).orElseThrow();
        auditLog.record(ENTITY, id, action, null, created);
        return created;
    }

    @Transactional
    public UserAccount update(UserId id, Details input, long expectedVersion) {
        UserAccount before = managed(id, expectedVersion);
        Violations violations = new Violations();
        String displayName = displayName(input.displayName(), violations);
        String email = email(input.email(), false, id, violations);
        violations.throwIfAny();
        if (!accounts.updateDetails(id, displayName, email, expectedVersion)) {
            throw conflict(id, expectedVersion);
        }
        return audited(before, "update");
    }

    @Transactional
    public UserAccount deactivate(UserId id, long expectedVersion) {
        UserAccount before = managed(id, expectedVersion);
        if (before.username().equals(scope.reader().username())) {
            throw InvalidInputException.of("id", "users.deactivate.self");
        }
        if (holdsAdministratorEverywhere(before) && accounts.otherAdministrators(id) == 0) {
            throw InvalidInputException.of("id", "users.lastAdministrator");
        }
        if (!accounts.setEnabled(id, false, expectedVersion)) {
            throw conflict(id, expectedVersion);
        }
        sessions.endSessionsOf(before.username());
        return audited(before, "deactivate");
    }

    @Transactional
    public UserAccount reactivate(UserId id, long expectedVersion) {
        UserAccount before = managed(id, expectedVersion);
        if (!accounts.setEnabled(id, true, expectedVersion)) {
            throw conflict(id, expectedVersion);
        }
        return audited(before, "reactivate");
    }

    /**
     * Gives a local account a new, random password, shown once to whoever reset it; its user must choose their own
     * at the next sign-in. The sessions the account had are ended.
     */
    @Transactional
    public PasswordReset resetPassword(UserId id, long expectedVersion) {
        UserAccount before = managed(id, expectedVersion);
        if (!before.localPassword()) {
            throw InvalidInputException.of("id", "users.password.notLocal");
        }
        String temporary = TemporaryPasswords.generate();
        if (!accounts.setPassword(id, encoder.encode(temporary), true, expectedVersion)) {
            throw conflict(id, expectedVersion);
        }
        sessions.endSessionsOf(before.username());
        return new PasswordReset(audited(before, "reset-password"), temporary);
    }

    /** The account after a reset, and its temporary password: to be shown once and never stored in clear. */
    public record PasswordReset(UserAccount account, String temporaryPassword) {
        @Override
        public String toString() {
            return "PasswordReset[" + account.username() + "]";
        }
    }

    /**
     * The account, if the reader may change it and it is still at the version read. Rights are asked before the
     * version, so that a refused reader learns nothing from a 409.
     */
    UserAccount managed(UserId id, long expectedVersion) {
        AdministrationScope.Reader reader = scope.reader();
        UserAccount account =
                accounts.find(id).filter(reader::sees).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!reader.manages(account)) {
            throw new org.springframework.security.access.AccessDeniedException("Account outside the scope");
        }
        if (account.version() != expectedVersion) {
            throw conflict(id, expectedVersion);
        }
        return account;
    }

    private UserAccount audited(UserAccount before, String action) {
        UserAccount after = accounts.find(before.id()).orElseThrow();
        auditLog.record(ENTITY, before.id(), action, before, after);
        return after;
    }

    private VersionConflictException conflict(UserId id, long expectedVersion) {
        long current = accounts.find(id).map(UserAccount::version).orElse(expectedVersion);
        return new VersionConflictException(ENTITY, id, expectedVersion, current);
    }

    static boolean holdsAdministratorEverywhere(UserAccount account) {
        return account.grants().stream()
                .anyMatch(g -> g.role() == no.gevinst.access.Role.ADMINISTRATOR && g.isEverywhere());
    }

    private String username(String text, Violations violations) {
        return username(text, "username", violations);
    }

    private String username(String text, String field, Violations violations) {
        String username = Inputs.text(text);
        if (Inputs.refusal(field, text).isPresent()) {
            Inputs.check(field, text, violations);
        } else if (username.isEmpty()) {
            violations.add(field, "users.username.required");
        } else if (!USERNAME.matcher(username).matches()) {
            violations.add(field, "users.username.invalid");
        } else if (accounts.usernameTaken(username)) {
            violations.add(field, "users.username.taken");
        }
        return username;
    }

    private static String displayName(String text, Violations violations) {
        String name = Inputs.text(text);
        if (Inputs.refusal("displayName", text).isPresent()) {
            Inputs.check("displayName", text, violations);
        } else if (name.isEmpty()) {
            violations.add("displayName", "users.displayName.required");
        } else if (name.length() > 200) {
            violations.add("displayName", "text.tooLong", 200, name.length());
        }
        return name;
    }

    /** The address, checked as such and against every account but {@code self} (null: every account). */
    private String email(String text, boolean required, UserId self, Violations violations) {
        String email = Inputs.text(text);
        if (Inputs.refusal("email", text).isPresent()) {
            Inputs.check("email", text, violations);
            return null;
        }
        if (email.isEmpty()) {
            if (required) {
                violations.add("email", "users.email.required");
            }
            return null;
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            violations.add("email", "users.email.invalid");
        } else if (accounts.emailTakenByOther(email, self == null ? new UserId(new java.util.UUID(0, 0)) : self)) {
            violations.add("email", "users.email.taken");
        }
        return email;
    }
}
