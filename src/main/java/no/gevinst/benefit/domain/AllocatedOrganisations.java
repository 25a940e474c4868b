package no.gevinst.benefit.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.gevinst.benefit.BenefitAllocations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads which organisations are allocated a share of the benefits of the visible programmes asked about. */
@Component
class AllocatedOrganisations implements BenefitAllocations {

    private final JdbcClient jdbc;
    private final Programmes programmes;

    AllocatedOrganisations(JdbcClient jdbc, Programmes programmes) {
        this.jdbc = jdbc;
        this.programmes = programmes;
    }

    @Override
    public Set<OrganisationId> allocatedIn(Collection<ProgrammeId> asked) {
        Set<ProgrammeId> visible = programmes.visibleIds();
        UUID[] ids = asked.stream()
                .filter(visible::contains)
                .map(ProgrammeId::value)
                .distinct()
                .toArray(UUID[]::new);
        if (ids.length == 0) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT a.organisation_id
                        FROM benefit_allocation a JOIN benefit b ON b.id = a.benefit_id
                        WHERE b.programme_id = ANY(:programmes)
                          AND NOT EXISTS (SELECT 1 FROM benefit_merge m WHERE m.merged_id = b.id)
                        """)
                .param("programmes", ids)
                .query((rs, n) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
                .list());
    }
}
