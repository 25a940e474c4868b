package no.gevinst.audit;

import java.util.Map;
import java.util.Set;
import no.gevinst.shared.ProgrammeId;

/**
 * What one user may read of the audit log: administrators everything, coordinators the entries of the programmes
 * they coordinate, everybody else nothing.
 *
 * @param mayRead whether the user may search the audit log at all
 * @param everything whether every entry is readable, including those of no programme
 * @param programmes the programmes whose entries the user reads, with their names, in the order to show them
 */
public record AuditReadership(boolean mayRead, boolean everything, Map<ProgrammeId, String> programmes) {

    public static final AuditReadership NONE = new AuditReadership(false, false, Map.of());

    public AuditReadership {
        programmes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(programmes));
    }

    public Set<ProgrammeId> programmeIds() {
        return programmes.keySet();
    }
}
