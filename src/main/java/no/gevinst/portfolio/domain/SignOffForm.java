package no.gevinst.portfolio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.gevinst.portfolio.SignOff;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Violations;

/** Reads a sign-off as sent, naming every bad field at once. */
final class SignOffForm {

    static final int MAX_COMMENT = 2000;

    private SignOffForm() {}

    /** The organisation the sign-off is for; a violation of the field when it is none of the benefit's signers. */
    static OrganisationId organisation(SignOffInput input, Set<OrganisationId> signers, Violations violations) {
        OrganisationId organisation =
                Ids.parse(input.organisation(), OrganisationId::new).orElse(null);
        if (organisation == null) {
            violations.add("organisation", "flows.signOff.organisation.required");
        } else if (!signers.contains(organisation)) {
            violations.add("organisation", "flows.signOff.organisation.notSigner");
        }
        return organisation;
    }

    /**
     * The sign-off, or null with the violations added. Actuals of a period that has not ended cannot be confirmed,
     * so a period ending after today is refused.
     */
    static SignOff read(
            BenefitId benefit,
            OrganisationId organisation,
            SignOffInput input,
            String signedBy,
            LocalDate today,
            Instant now,
            Violations violations) {
        LocalDate start = Inputs.date(input.periodStart(), "periodStart", violations);
        LocalDate end = Inputs.date(input.periodEnd(), "periodEnd", violations);
        if (start == null && !violations.has("periodStart")) {
            violations.add("periodStart", "flows.signOff.period.required");
        }
        if (end == null && !violations.has("periodEnd")) {
            violations.add("periodEnd", "flows.signOff.period.required");
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add("periodEnd", "flows.signOff.period.order");
        } else if (end != null && end.isAfter(today)) {
            violations.add("periodEnd", "flows.signOff.period.future");
        }
        String comment = Inputs.text(input.comment());
        if (comment.length() > MAX_COMMENT) {
            violations.add("comment", "flows.signOff.comment.tooLong", MAX_COMMENT);
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return new SignOff(UUID.randomUUID(), benefit, organisation, start, end, signedBy, now, comment);
    }
}
