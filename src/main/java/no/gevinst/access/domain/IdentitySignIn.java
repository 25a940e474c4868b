package no.gevinst.access.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.OrganisationDirectory;
import no.gevinst.access.RoleAssignment;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an identity a provider vouched for to a Gevinst user, by the issuer's stable subject and never by a name: a
 * known identity signs in as its user; else an invited user whose address the provider verified is bound to it; else
 * a pending user without roles is created, to wait for a coordinator or administrator. The configured role rules
 * grant a starting role on that first sign-in. Every creation, binding and grant is in the audit log.
 */
@Service
public class IdentitySignIn {

    private static final Logger log = LoggerFactory.getLogger(IdentitySignIn.class);
    private static final int LONGEST_NAME = 200;

    private final IdentityRepository identities;
    private final UserAccountRepository users;
    private final OidcSettings settings;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final AuditLog auditLog;

    IdentitySignIn(
            IdentityRepository identities,
            UserAccountRepository users,
            OidcSettings settings,
            ObjectProvider<OrganisationDirectory> organisations,
            AuditLog auditLog) {
        this.identities = identities;
        this.users = users;
        this.settings = settings;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /**
     * Signs the identity in.
     *
     * @throws IdentityRefusedException when its user is deactivated; nothing is changed then
     */
    @Transactional
    public SignedIn signIn(ProviderIdentity identity) {
        Optional<UserId> known = identities.userOf(identity.issuer(), identity.subject());
        if (known.isPresent()) {
            CurrentUser user = enabledUser(known.get());
            identities.seen(identity.issuer(), identity.subject(), identity.organisationNumber());
            return new SignedIn(user, false);
        }
        Optional<UserId> invited = identity.verifiedEmail().flatMap(identities::invited);
        UserId id;
        if (invited.isPresent()) {
            id = invited.get();
            enabledUser(id);
            bind(id, identity);
        } else {
            id = createPending(identity);
        }
        grantByRules(id, identity);
        return new SignedIn(load(id), true);
    }

    /** The organisation numbers the user's providers gave that no organisation in Gevinst has. */
    public List<String> unknownOrganisationNumbers(UserId user) {
        return identities.organisationNumbersOf(user).stream()
                .filter(number -> organisation(number).isEmpty())
                .toList();
    }

    private CurrentUser enabledUser(UserId id) {
        CurrentUser user = load(id);
        if (!user.enabled()) {
            throw new IdentityRefusedException("User " + user.username() + " is deactivated");
        }
        return user;
    }

    private CurrentUser load(UserId id) {
        return identities
                .usernameOf(id)
                .flatMap(users::findByUsername)
                .orElseThrow(() -> new IllegalStateException("No user " + id));
    }

    private void bind(UserId user, ProviderIdentity identity) {
        UUID identityId = identities.bind(user, identity);
        auditLog.record("user", user, "bind-identity", null, identityState(identityId, identity));
    }

    private UserId createPending(ProviderIdentity identity) {
        UserId id = UserId.newId();
        String username = freeUsername(identity);
        String displayName = bounded(identity.displayName());
        String email = identity.verifiedEmail()
                .filter(e -> e.length() <= 320 && !identities.emailTaken(e))
                .orElse(null);
        identities.insertUser(id, username, displayName, email);
        UUID identityId = identities.bind(id, identity);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("displayName", displayName);
        after.put("email", email);
        after.put("roles", List.of());
        after.put("identity", identityState(identityId, identity));
        auditLog.record("user", id, "create", null, after);
        return id;
    }

    private void grantByRules(UserId user, ProviderIdentity identity) {
        for (OidcSettings.RoleRule rule : settings.roleRules()) {
            if (!rule.matches(identity)) {
                continue;
            }
            Optional<OrganisationId> organisation =
                    rule.organisationNumberFor(identity).flatMap(this::organisation);
            if (organisation.isEmpty()) {
                log.info(
                        "Role rule {} matched a sign-in through {}, but names no organisation known to Gevinst "
                                + "(organisation number {}); nothing granted",
                        rule,
                        identity.provider(),
                        rule.organisationNumberFor(identity).orElse("none"));
                continue;
            }
            RoleAssignment assignment = new RoleAssignment(rule.role(), organisation.get());
            String grantedBy = "role-rule " + rule;
            if (identities.grant(user, assignment, bounded(grantedBy))) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("role", assignment.role());
                after.put("organisation", assignment.organisation());
                after.put("rule", rule.toString());
                auditLog.record("user", user, "grant-role", null, after);
            }
        }
    }

    private Optional<OrganisationId> organisation(String number) {
        OrganisationDirectory directory = organisations.getIfAvailable();
        return directory == null ? Optional.empty() : directory.byNumber(number);
    }

    /**
     * The user name is only the audit trail's key, never shown: the provider's id and the subject, hashed when the
     * subject is long or has characters a name should not.
     */
    private String freeUsername(ProviderIdentity identity) {
        String subject = identity.subject();
        String base = identity.provider() + "-"
                + (subject.matches("[A-Za-z0-9._@+=-]{1,80}")
                        ? subject
                        : no.gevinst.shared.Sha256.hex(subject).substring(0, 32));
        String candidate = base;
        for (int n = 2; identities.usernameTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static Map<String, Object> identityState(UUID identityId, ProviderIdentity identity) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", identityId);
        state.put("provider", identity.provider());
        state.put("issuer", identity.issuer());
        state.put("subject", identity.subject());
        state.put("organisationNumber", identity.organisationNumber());
        return state;
    }

    private static String bounded(String text) {
        String stripped = text.strip();
        return stripped.length() <= LONGEST_NAME ? stripped : stripped.substring(0, LONGEST_NAME);
    }
}
