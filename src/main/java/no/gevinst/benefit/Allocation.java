package no.gevinst.benefit;

import java.util.Objects;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;

/** The share of a benefit that arises in one organisation. */
public record Allocation(OrganisationId organisation, Percent share) {

    public Allocation {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(share, "share");
    }
}
