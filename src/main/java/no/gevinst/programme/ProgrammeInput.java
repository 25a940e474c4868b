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

    public ProgrammeInput {
        phases = phases == null ? List.of() : phases;
        parties = parties == null ? List.of() : parties;
        steeringGroup = steeringGroup == null ? List.of() : steeringGroup;
    }

    /** A programme input built by name: {@code ProgrammeInput.builder().code("HP").name("…").build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a programme input by name instead of by position; unset values are null (blank in a form). */
    public static final class Builder {
        private String code;
        private String name;
        private String description;
        private String ownerOrganisationId;
        private String currentPhase;
        private String economicTargetNok;
        private String economicTargetFrom;
        private List<PhaseInput> phases;
        private List<PartyInput> parties;
        private List<String> steeringGroup;
        private String coFinancierOrganisationId;

        private Builder() {}

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder ownerOrganisationId(String ownerOrganisationId) {
            this.ownerOrganisationId = ownerOrganisationId;
            return this;
        }

        public Builder currentPhase(String currentPhase) {
            this.currentPhase = currentPhase;
            return this;
        }

        public Builder economicTargetNok(String economicTargetNok) {
            this.economicTargetNok = economicTargetNok;
            return this;
        }

        public Builder economicTargetFrom(String economicTargetFrom) {
            this.economicTargetFrom = economicTargetFrom;
            return this;
        }

        public Builder phases(List<PhaseInput> phases) {
            this.phases = phases;
            return this;
        }

        public Builder parties(List<PartyInput> parties) {
            this.parties = parties;
            return this;
        }

        public Builder steeringGroup(List<String> steeringGroup) {
            this.steeringGroup = steeringGroup;
            return this;
        }

        public Builder coFinancierOrganisationId(String coFinancierOrganisationId) {
            this.coFinancierOrganisationId = coFinancierOrganisationId;
            return this;
        }

        public ProgrammeInput build() {
            return new ProgrammeInput(
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
                    coFinancierOrganisationId);
        }
    }

    /** @param plannedStart and plannedEnd as ISO dates, e.g. "2019-04-01" */
    public record PhaseInput(String phase, String plannedStart, String plannedEnd) {}

    public record PartyInput(String organisationId, String benefitResponsibleId, String role) {}
}
