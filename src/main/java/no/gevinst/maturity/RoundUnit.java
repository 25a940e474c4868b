package no.gevinst.maturity;

import no.gevinst.shared.OrganisationId;

/**
 * An organisation or unit a round is sent to, with its parent as it stood when the round was written: a small unit's
 * answers are pooled into that parent.
 *
 * @param chosen true for the organisations the coordinator named; false for the units under them
 */
public record RoundUnit(
        OrganisationId organisation, String name, OrganisationId parent, String parentName, boolean chosen) {}
