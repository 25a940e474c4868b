package no.gevinst.access;

import java.io.Serializable;
import java.util.Objects;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A role held in one organisation, optionally only for one programme, or in every organisation when
 * {@code organisation} is null (the administrator created on first start holds it so, since no organisation
 * exists yet then).
 */
public record RoleAssignment(Role role, OrganisationId organisation, ProgrammeId programme) implements Serializable {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
    }

    public RoleAssignment(Role role, OrganisationId organisation) {
        this(role, organisation, null);
    }

    public boolean isEverywhere() {
        return organisation == null && programme == null;
    }

    /** True when this assignment gives the role in the organisation for work in the programme. */
    public boolean grantsFor(Role wanted, OrganisationId in, ProgrammeId forProgramme) {
        return role == wanted
                && (isEverywhere()
                        || (Objects.equals(organisation, in) && (programme == null || programme.equals(forProgramme))));
    }

    public boolean grants(Role wanted, OrganisationId in) {
        return role == wanted && (isEverywhere() || (programme == null && Objects.equals(organisation, in)));
    }
}
