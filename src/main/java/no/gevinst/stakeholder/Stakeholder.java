package no.gevinst.stakeholder;

import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A stakeholder group in a programme's analysis: its kind, its interest in and influence on the change (each 1–5),
 * what concerns it, and the organisation it belongs to (null when it spans the programme).
 */
public record Stakeholder(
        StakeholderId id,
        ProgrammeId programme,
        OrganisationId organisation,
        String name,
        StakeholderKind kind,
        int interest,
        int influence,
        String concerns,
        boolean demo,
        long version)
        implements Versioned {

    public Quadrant quadrant() {
        return Quadrant.of(interest, influence);
    }
}
