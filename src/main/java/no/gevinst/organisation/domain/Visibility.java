package no.gevinst.organisation.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.organisation.OrganisationScope;
import no.gevinst.shared.OrganisationId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which organisations, and so whose people, the current user may see: those owning or taking part in a programme
 * the user sees, and the user's own. Administrators see all. Names and e-mail addresses of people elsewhere are
 * none of the user's business. Coordinators also see every organisation itself, to choose parties from.
 */
@Component
class Visibility {

    private final AccessPolicy access;
    // Asked lazily: the programme module that answers depends on this module's services itself.
    private final ObjectProvider<OrganisationScope> scope;

    Visibility(AccessPolicy access, ObjectProvider<OrganisationScope> scope) {
        this.access = access;
        this.scope = scope;
    }

    /** The organisations the user may see, or empty when the user sees every one. */
    Optional<Set<OrganisationId>> organisations() {
        if (access.isAdministrator()) {
            return Optional.empty();
        }
        Set<OrganisationId> visible = new HashSet<>();
        access.currentUser().ifPresent(user -> {
            visible.addAll(user.organisations());
            scope.ifAvailable(s -> visible.addAll(s.involvedInVisibleProgrammes()));
        });
        return Optional.of(visible);
    }

    /**
     * The organisations the user may see as organisations (name, number, type: public registry facts), or empty when
     * every one. Coordinators see every organisation, since they set up programmes and must be able to choose an
     * organisation no programme of theirs involves yet as a party; everyone else sees those of {@link
     * #organisations()}. Whose people a user sees does not widen with it.
     */
    Optional<Set<OrganisationId>> listedOrganisations() {
        if (access.holdsAnyRole(Role.GEVINSTKOORDINATOR)) {
            return Optional.empty();
        }
        return organisations();
    }

    /** True when the user may see the organisation, given {@link #organisations()}. */
    static boolean allows(Optional<Set<OrganisationId>> visible, OrganisationId organisation) {
        return visible.map(v -> v.contains(organisation)).orElse(true);
    }
}
