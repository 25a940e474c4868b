package no.gevinst.programme.domain;

import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.organisation.OrganisationScope;
import org.springframework.stereotype.Component;

/** Tells the organisation module which organisations the programmes the current user sees involve. */
@Component
class ProgrammeOrganisationScope implements OrganisationScope {

    private final ProgrammeRepository repository;
    private final ProgrammeAccess access;

    ProgrammeOrganisationScope(ProgrammeRepository repository, ProgrammeAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    public Set<no.gevinst.shared.OrganisationId> involvedInVisibleProgrammes() {
        return repository.all().stream()
                .filter(access::canSee)
                .flatMap(p -> p.organisations().stream())
                .collect(Collectors.toSet());
    }
}
