package no.gevinst.token.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.GrantTargets;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/** Tells the access module which organisations and programmes exist, by asking the modules that own them. */
@Component
class GrantTargetDirectory implements GrantTargets {

    private final Organisations organisations;
    private final Programmes programmes;

    GrantTargetDirectory(Organisations organisations, Programmes programmes) {
        this.organisations = organisations;
        this.programmes = programmes;
    }

    @Override
    public Set<OrganisationId> existingOrganisations(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return organisations.findAll(new HashSet<>(ids)).stream()
                .map(Organisation::id)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<ProgrammeId> existingProgrammes(Collection<ProgrammeId> ids) {
        return ids.stream()
                .distinct()
                .filter(id -> programmes.find(id).isPresent())
                .collect(Collectors.toSet());
    }
}
