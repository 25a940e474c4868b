package no.gevinst.network.domain;

import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Whose network it is: a programme the user cannot see is not found; only its coordinators change its network. */
@Component
class NetworkRights {

    private final Programmes programmes;

    NetworkRights(Programmes programmes) {
        this.programmes = programmes;
    }

    Programme existing(ProgrammeId programme) {
        return programmes.require(programme);
    }

    void requireCoordinator(ProgrammeId programme) {
        existing(programme);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators change its network");
        }
    }
}
