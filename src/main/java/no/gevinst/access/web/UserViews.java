package no.gevinst.access.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.gevinst.access.Users;
import no.gevinst.access.domain.AdministrationScope;
import no.gevinst.access.domain.Grant;
import no.gevinst.access.domain.UserAccount;
import org.springframework.stereotype.Component;

/** Turns accounts into what the reader sees: names instead of ids, and the actions the reader's scope allows. */
@Component
class UserViews {

    private final AdministrationScope scope;
    private final Users users;

    UserViews(AdministrationScope scope, Users users) {
        this.scope = scope;
        this.users = users;
    }

    List<UserResource> of(Collection<UserAccount> accounts) {
        AdministrationScope.Reader reader = scope.reader();
        Set<String> granters = new HashSet<>();
        accounts.forEach(a -> a.grants().stream()
                .map(Grant::grantedBy)
                .filter(Objects::nonNull)
                .forEach(granters::add));
        Map<String, String> names = users.displayNames(granters);
        return accounts.stream().map(a -> of(a, reader, names)).toList();
    }

    UserResource of(UserAccount account) {
        return of(List.of(account)).getFirst();
    }

    private static UserResource of(UserAccount a, AdministrationScope.Reader reader, Map<String, String> names) {
        return new UserResource(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.state(),
                a.enabled(),
                a.mustChangePassword(),
                a.localPassword(),
                a.invited(),
                a.kind(),
                a.lastSignInAt(),
                a.version(),
                reader.manages(a),
                a.grants().stream()
                        .map(g -> new UserResource.GrantResource(
                                g.id(),
                                g.role(),
                                g.organisation(),
                                reader.organisationName(g.organisation()),
                                g.programme(),
                                reader.programmeName(g.programme()),
                                g.grantedBy(),
                                g.grantedBy() == null ? null : names.getOrDefault(g.grantedBy(), g.grantedBy()),
                                g.grantedAt(),
                                reader.mayGrant(g)))
                        .toList());
    }
}
