package no.gevinst.programme.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditReaders;
import no.gevinst.audit.AuditReadership;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Tells the audit log who reads which part of it: administrators everything, a coordinator the entries of the
 * programmes they coordinate (as {@link ProgrammeAccess} decides it for editing them), nobody else anything.
 */
@Component
class ProgrammeAuditReaders implements AuditReaders {

    private final ProgrammeRepository repository;
    private final ProgrammeAccess programmeAccess;
    private final AccessPolicy access;

    ProgrammeAuditReaders(ProgrammeRepository repository, ProgrammeAccess programmeAccess, AccessPolicy access) {
        this.repository = repository;
        this.programmeAccess = programmeAccess;
        this.access = access;
    }

    @Override
    public AuditReadership currentReadership() {
        boolean administrator = access.isAdministrator();
        if (!administrator && !access.holdsAnyRole(Role.GEVINSTKOORDINATOR)) {
            return AuditReadership.NONE;
        }
        Map<ProgrammeId, String> programmes = new LinkedHashMap<>();
        repository.all().stream()
                .filter(p -> administrator || programmeAccess.canCoordinate(p))
                .sorted(Comparator.comparing(Programme::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> programmes.put(p.id(), p.name()));
        return new AuditReadership(true, administrator, programmes);
    }
}
