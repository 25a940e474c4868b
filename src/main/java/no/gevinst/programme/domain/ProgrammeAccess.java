package no.gevinst.programme.domain;

import java.util.Optional;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.programme.Programme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may coordinate a programme. A user sees it when one of their organisations owns it or
 * is a party, or when they hold a role in it; a coordinator of the programme, or of its owner, edits it.
 */
@Component
class ProgrammeAccess {

    private final AccessPolicy access;

    ProgrammeAccess(AccessPolicy access) {
        this.access = access;
    }

    boolean canSee(Programme programme) {
        if (access.isAdministrator()) {
            return true;
        }
        return user().map(u -> u.programmes().contains(programme.id())
                        || u.organisations().stream().anyMatch(programme.organisations()::contains))
                .orElse(false);
    }

    boolean canCoordinate(Programme programme) {
        if (access.isAdministrator()) {
            return true;
        }
        return user().map(u -> u.holdsInProgramme(Role.GEVINSTKOORDINATOR, programme.id())
                        || u.holds(Role.GEVINSTKOORDINATOR, programme.owner()))
                .orElse(false);
    }

    /** A coordinator somewhere may start a programme; which owner they may name is asked of the owner. */
    boolean canCreate() {
        return access.holdsAnyRole(Role.GEVINSTKOORDINATOR);
    }

    void requireCreate() {
        if (!canCreate()) {
            throw new AccessDeniedException("Requires the role GEVINSTKOORDINATOR");
        }
    }

    void requireCoordinator(Programme programme) {
        if (!canCoordinate(programme)) {
            throw new AccessDeniedException("Requires coordinating programme " + programme.code());
        }
    }

    private Optional<CurrentUser> user() {
        return access.currentUser();
    }
}
