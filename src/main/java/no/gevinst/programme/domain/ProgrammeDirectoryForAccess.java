package no.gevinst.programme.domain;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.ProgrammeDirectory;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** Tells the access module which organisations take part in which programme, and who coordinates it. */
@Component
class ProgrammeDirectoryForAccess implements ProgrammeDirectory {

    private final ProgrammeRepository repository;
    private final ProgrammeAccess access;
    private final Organisations organisations;

    ProgrammeDirectoryForAccess(ProgrammeRepository repository, ProgrammeAccess access, Organisations organisations) {
        this.repository = repository;
        this.access = access;
        this.organisations = organisations;
    }

    @Override
    public java.util.List<ProgrammeTakingPart> programmes() {
        return repository.all().stream()
                .map(p -> new ProgrammeTakingPart(
                        p.id(), p.code(), p.name(), Set.copyOf(p.organisations()), access.canCoordinate(p)))
                .toList();
    }

    @Override
    public Map<OrganisationId, String> organisationNames() {
        return organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }
}
