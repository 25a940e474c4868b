package no.gevinst.programme;

import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;

/**
 * An organisation taking part in a programme, with its own gevinstansvarlig (seed 004: "Hver av partene må ha
 * en gevinstansvarlig og en plan for egen virksomhet") and its role, such as "pilotkommune".
 */
public record Party(OrganisationId organisation, PersonId benefitResponsible, String role) {}
