package no.gevinst.access.domain;

import java.util.List;
import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.ApiToken;
import no.gevinst.access.ApiTokenAuthentication;
import no.gevinst.access.ApiTokenId;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.ApiTokens;
import no.gevinst.access.CreatedApiToken;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.domain.ApiTokenRepository.TokenUser;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes API tokens. Each user keeps their own; administrators also a service account's, and may
 * read and revoke anyone's. A token never carries a role its user does not hold.
 */
@Service
@Transactional(readOnly = true)
class ApiTokenService implements ApiTokens {

    static final String ENTITY = "api-token";
    private static final int NAME_LIMIT = 200;

    private final ApiTokenRepository tokens;
    private final AccessPolicy access;
    private final AuditLog auditLog;

    ApiTokenService(ApiTokenRepository tokens, AccessPolicy access, AuditLog auditLog) {
        this.tokens = tokens;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<ApiToken> of(String username) {
        return tokens.ofUser(owner(username).id());
    }

    @Override
    public Optional<ApiToken> find(ApiTokenId id) {
        CurrentUser me = caller();
        return tokens.find(id).filter(t -> t.user().equals(me.id()) || access.isAdministrator());
    }

    @Override
    public List<RoleAssignment> grantable(String username) {
        return tokens.rolesOf(holder(username).id());
    }

    @Override
    @Transactional
    public CreatedApiToken create(ApiTokenInput input) {
        // A token cannot make tokens: a leaked one could otherwise outlive its expiry and its revocation.
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("API tokens are created by a signed-in user, not by a token");
        }
        TokenUser holder = holder(input.user());
        Violations violations = new Violations();
        String name = name(input.name(), violations);
        int days = days(input.expiresInDays(), violations);
        List<RoleAssignment> held = tokens.rolesOf(holder.id());
        // Left out, the token carries every role its user holds now (a script's quick start); an empty list is a
        // mistake, as is a user without roles.
        List<RoleAssignment> scopes = input.scopes() == null && !held.isEmpty()
                ? held
                : RoleScopes.parse(input.scopes(), "scopes", violations);
        for (int i = 0; i < scopes.size(); i++) {
            // Exactly a role held, never a narrowing of one: what is stored then names only what exists.
            if (scopes.get(i) != null && !held.contains(scopes.get(i))) {
                violations.add("scopes[" + i + "]", "tokens.scope.notHeld");
            }
        }
        violations.throwIfAny();
        String secret = TokenSecrets.generate();
        ApiTokenId id = ApiTokenId.newId();
        tokens.insert(
                id,
                holder.id(),
                name,
                TokenSecrets.hash(secret),
                TokenSecrets.prefix(secret),
                caller().username(),
                days,
                RoleScopes.distinct(scopes));
        ApiToken created = tokens.find(id).orElseThrow();
        // The token as it may be shown: neither the secret nor its hash reaches the audit log.
        auditLog.record(ENTITY, id, "create", null, created);
        return new CreatedApiToken(created, secret);
    }

    @Override
    @Transactional
    public ApiToken revoke(ApiTokenId id, long expectedVersion) {
        ApiToken before = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (before.version() != expectedVersion) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, before.version());
        }
        if (before.revoked()) {
            return before;
        }
        if (!tokens.revoke(id, expectedVersion, caller().username())) {
            throw new VersionConflictException(ENTITY, id, expectedVersion, expectedVersion + 1);
        }
        ApiToken after = tokens.find(id).orElseThrow();
        auditLog.record(ENTITY, id, "revoke", before, after);
        return after;
    }

    /** The user whose tokens are read: the caller, or for administrators anyone. */
    private TokenUser owner(String username) {
        CurrentUser me = caller();
        String wanted = Inputs.text(username);
        if (wanted.isEmpty() || wanted.equals(me.username())) {
            return self(me);
        }
        access.requireAdministrator();
        return tokens.user(wanted).orElseThrow(() -> new NotFoundException("user", wanted));
    }

    /** The user a new token is for: the caller, or a service account named by an administrator. */
    private TokenUser holder(String username) {
        CurrentUser me = caller();
        String wanted = Inputs.text(username);
        if (wanted.isEmpty() || wanted.equals(me.username())) {
            return self(me);
        }
        access.requireAdministrator();
        Optional<TokenUser> user = tokens.user(wanted);
        if (user.isEmpty()) {
            throw InvalidInputException.of("user", "tokens.user.unknown");
        }
        if (!user.get().service()) {
            throw InvalidInputException.of("user", "tokens.user.notService");
        }
        return user.get();
    }

    private TokenUser self(CurrentUser me) {
        return tokens.user(me.username()).orElseThrow(() -> new AccessDeniedException("No such user"));
    }

    private CurrentUser caller() {
        return access.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static String name(String text, Violations violations) {
        String name = Inputs.text(text);
        if (name.isEmpty()) {
            violations.add("name", "tokens.name.required");
        } else if (name.length() > NAME_LIMIT) {
            violations.add("name", "text.tooLong", NAME_LIMIT, name.length());
        } else {
            Inputs.check("name", name, violations);
        }
        return name;
    }

    private static int days(Integer sent, Violations violations) {
        int days = sent == null ? DEFAULT_DAYS : sent;
        if (days < 1 || days > MAX_DAYS) {
            violations.add("expiresInDays", "tokens.expiresInDays.range", 1, MAX_DAYS);
        }
        return days;
    }
}
