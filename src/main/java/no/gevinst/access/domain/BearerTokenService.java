package no.gevinst.access.domain;

import java.util.List;
import java.util.Optional;
import no.gevinst.access.ApiTokenAuthentication;
import no.gevinst.access.BearerTokens;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.domain.ApiTokenRepository.Found;
import org.springframework.stereotype.Service;

/**
 * Signs a machine in by its token's secret: as the token's user, holding only those of the token's roles that the
 * user still holds, so that withdrawing a role from a user withdraws it from every token of theirs at once.
 */
@Service
class BearerTokenService implements BearerTokens {

    private final ApiTokenRepository tokens;

    BearerTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<ApiTokenAuthentication> authenticate(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<Found> found = tokens.live(TokenSecrets.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found token = found.get();
        List<RoleAssignment> roles = RoleScopes.stillHeld(
                tokens.scopes(token.id()), tokens.rolesOf(token.user().id()));
        if (token.useToNote()) {
            tokens.noteUse(token.id());
        }
        CurrentUser user = new CurrentUser(
                token.user().id(), token.user().username(), token.user().displayName(), null, true, roles);
        return Optional.of(new ApiTokenAuthentication(user, token.id()));
    }
}
