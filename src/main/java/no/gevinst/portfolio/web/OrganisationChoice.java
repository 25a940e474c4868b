package no.gevinst.portfolio.web;

import java.util.List;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationDashboards;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.Ids;
import no.gevinst.shared.OrganisationId;

/**
 * The organisation a portfolio page is scoped to, as its form or a link gives it. Blank is no scope (the whole
 * programme). A value that names no organisation the user sees shows the page unscoped, with the reason beside the
 * choice, as {@link ProgrammeChoice} does for the programme.
 *
 * @param party the organisation chosen, or null for none
 */
record OrganisationChoice(FlowMatrix.Party party, List<FieldViolation> violations) {

    static final String FIELD = "organisation";

    static OrganisationChoice of(String text, OrganisationDashboards scopes) {
        if (text == null || text.isBlank()) {
            return new OrganisationChoice(null, List.of());
        }
        return Ids.parse(text, OrganisationId::new)
                .flatMap(scopes::find)
                .map(p -> new OrganisationChoice(p, List.of()))
                .orElseGet(() -> new OrganisationChoice(
                        null,
                        List.of(FieldViolation.of(FIELD, "portfolio.parameter.organisation.unknown", text.strip()))));
    }

    OrganisationId id() {
        return party == null ? null : party.id();
    }
}
