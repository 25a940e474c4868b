package no.gevinst.plan;

import java.util.Objects;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * A realisation plan (gevinstrealiseringsplan): the programme's own, which gathers every benefit, or a party's,
 * which covers the benefits that arise in or are invested in by that party.
 *
 * @param party the party whose plan it is; null for the programme's plan
 */
public record Plan(PlanId id, ProgrammeId programme, OrganisationId party, String title) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(title, "title");
    }

    public boolean isProgrammePlan() {
        return party == null;
    }
}
