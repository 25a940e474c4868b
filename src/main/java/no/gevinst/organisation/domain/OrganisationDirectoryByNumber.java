package no.gevinst.organisation.domain;

import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.OrganisationDirectory;
import no.gevinst.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the access module which organisation an organisation number from an identity provider names. */
@Component
class OrganisationDirectoryByNumber implements OrganisationDirectory {

    private final JdbcClient jdbc;

    OrganisationDirectoryByNumber(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrganisationId> byNumber(String organisationNumber) {
        return jdbc.sql("SELECT id FROM organisation WHERE organisation_number = :number")
                .param("number", organisationNumber)
                .query(UUID.class)
                .optional()
                .map(OrganisationId::new);
    }
}
