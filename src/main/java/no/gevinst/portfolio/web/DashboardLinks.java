package no.gevinst.portfolio.web;

import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a dashboard number to the register list behind it: the register's own query parameters, with the
 * dashboard's programme kept, so that the list shows exactly the benefits counted.
 */
public record DashboardLinks(ProgrammeId programme, OrganisationId organisation) {

    public DashboardLinks(ProgrammeId programme) {
        this(programme, null);
    }

    /** The whole register of the dashboard's programmes. */
    public String register() {
        return builder().build().encode().toUriString();
    }

    /** The register filtered on one more parameter, named as the register names it (status, area, …). */
    public String register(String parameter, Object value) {
        return builder().queryParam(parameter, value).build().encode().toUriString();
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/benefits");
        if (programme != null) {
            builder.queryParam("programme", programme.value());
        }
        if (organisation != null) {
            builder.queryParam("organisation", organisation.value());
        }
        return builder;
    }
}
