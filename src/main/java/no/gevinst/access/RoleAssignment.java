package no.gevinst.access;

import java.io.Serializable;
import java.util.Objects;
import no.gevinst.shared.OrganisationId;

/**
 * A role held in one organisation, or in every organisation when {@code organisation} is null (the
 * administrator created on first start holds it so, since no organisation exists yet then).
 */
public record RoleAssignment(Role role, OrganisationId organisation) implements Serializable {

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
    }

    public boolean isEverywhere() {
        return organisation == null;
    }

    public boolean grants(Role wanted, OrganisationId in) {
        return role == wanted && (isEverywhere() || organisation.equals(in));
    }
}
