package no.gevinst.access;

import java.util.Optional;
import no.gevinst.shared.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Answers who is acting and refuses writes that their roles do not allow. Every write service asks it first. */
@Component
public class AccessPolicy {

    /** The logged-in user, if any. */
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Refuses unless the current user is an administrator of every organisation. */
    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new AccessDeniedException("Requires the role ADMINISTRATOR");
        }
    }

    /** Refuses unless the current user holds the role in the organisation (or everywhere), or is administrator. */
    public void require(Role role, OrganisationId organisation) {
        if (!may(role, organisation)) {
            throw new AccessDeniedException("Requires the role " + role + " in organisation " + organisation);
        }
    }

    /** True when the current user holds the role in the organisation (or everywhere), or is administrator. */
    public boolean may(Role role, OrganisationId organisation) {
        return isAdministrator()
                || currentUser().map(u -> u.holds(role, organisation)).orElse(false);
    }

    /** True when the current user is administrator or holds one of the roles somewhere; pages offer forms by it. */
    public boolean holdsAnyRole(Role... roles) {
        return isAdministrator()
                || currentUser()
                        .map(u -> java.util.Arrays.stream(roles).anyMatch(u::holdsAnywhere))
                        .orElse(false);
    }

    /** Refuses unless the current user is administrator or holds one of the roles somewhere. */
    public void requireAnyRole(Role... roles) {
        if (!holdsAnyRole(roles)) {
            throw new AccessDeniedException("Requires one of the roles " + java.util.Arrays.toString(roles));
        }
    }

    /** True when the current user may administer organisations; pages use it to show or hide write actions. */
    public boolean isAdministrator() {
        return currentUser().map(u -> u.holdsEverywhere(Role.ADMINISTRATOR)).orElse(false);
    }
}
