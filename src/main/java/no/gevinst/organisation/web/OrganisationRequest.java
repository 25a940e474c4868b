package no.gevinst.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import no.gevinst.organisation.OrganisationInput;

/**
 * An organisation as a client sends it. Fields are text so that every bad value is named in the problem
 * details, rather than failing the whole body at the first one.
 */
record OrganisationRequest(
        @Schema(example = "St. Olavs hospital HF") String name,

        @Schema(
                example = "HF",
                allowableValues = {"RHF", "HF", "KOMMUNE", "FASTLEGEKONTOR", "DIREKTORAT", "ANNEN"})
        String type,

        @Schema(example = "883974832", description = "Nine digits with a valid modulus 11 check digit")
        String organisationNumber,

        @Schema(description = "Id of the parent organisation, if any")
        String parentId,

        @Schema(description = "The version read; required when updating")
        Long version) {

    OrganisationInput toInput() {
        return new OrganisationInput(name, type, organisationNumber, parentId);
    }
}
