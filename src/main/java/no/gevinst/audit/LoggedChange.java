package no.gevinst.audit;

import java.util.List;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * An entry of the audit log as a search shows it: who by full name, the programme it concerns, and the record's
 * state before and after field by field.
 *
 * @param actorName the actor's full name, or the recorded name when it belongs to no user (such as "system")
 */
public record LoggedChange(
        AuditEntry entry,
        String actorName,
        ProgrammeId programme,
        OrganisationId organisation,
        List<FieldChange> fields) {

    public LoggedChange {
        fields = List.copyOf(fields);
    }
}
