package no.gevinst.audit;

import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The programme and organisation an audit entry concerns, where the writer knows them. Coordinators read the
 * entries of the programmes they coordinate; an entry without a programme is for administrators only.
 */
public record AuditScope(ProgrammeId programme, OrganisationId organisation) {

    /** An entry of no particular programme: users, organisations, logins. */
    public static final AuditScope NONE = new AuditScope(null, null);

    public static AuditScope of(ProgrammeId programme) {
        return new AuditScope(programme, null);
    }

    public static AuditScope of(ProgrammeId programme, OrganisationId organisation) {
        return new AuditScope(programme, organisation);
    }
}
