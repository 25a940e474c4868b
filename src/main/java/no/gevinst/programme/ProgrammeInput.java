package no.gevinst.programme;

import java.util.List;

/**
 * A programme as a user or client sends it; every value is text so that each bad one can be named.
 *
 * @param economicTargetNok kroner per year, e.g. "100000000"
 * @param economicTargetFrom the first year the target applies, e.g. "2026"
 * @param coFinancierOrganisationId the organisation that co-finances the programme, blank when none does
 */
public record ProgrammeInput(
        String code,
        String name,
        String description,
        String ownerOrganisationId,
        String currentPhase,
        String economicTargetNok,
        String economicTargetFrom,
        List<PhaseInput> phases,
        List<PartyInput> parties,
        List<String> steeringGroup,
        String coFinancierOrganisationId) {

    /** A programme no one co-finances. */
    public ProgrammeInput(
            String code,
            String name,
            String description,
            String ownerOrganisationId,
            String currentPhase,
            String economicTargetNok,
            String economicTargetFrom,
            List<PhaseInput> phases,
            List<PartyInput> parties,
            List<String> steeringGroup) {
        this(
                code,
                name,
                description,
                ownerOrganisationId,
                currentPhase,
                economicTargetNok,
                economicTargetFrom,
                phases,
                parties,
                steeringGroup,
                null);
    }

    public ProgrammeInput {
        phases = phases == null ? List.of() : phases;
        parties = parties == null ? List.of() : parties;
        steeringGroup = steeringGroup == null ? List.of() : steeringGroup;
    }

    /** @param plannedStart and plannedEnd as ISO dates, e.g. "2019-04-01" */
    public record PhaseInput(String phase, String plannedStart, String plannedEnd) {}

    public record PartyInput(String organisationId, String benefitResponsibleId, String role) {}
}
