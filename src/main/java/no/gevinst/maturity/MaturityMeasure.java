package no.gevinst.maturity;

import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * A measure (tiltak) started from a round's result: what is to be done about a dimension in a unit, who owns it and
 * by when.
 */
public record MaturityMeasure(
        UUID id,
        RoundId round,
        String dimension,
        OrganisationId unit,
        String action,
        PersonId owner,
        LocalDate deadline,
        boolean done,
        long version) {}
