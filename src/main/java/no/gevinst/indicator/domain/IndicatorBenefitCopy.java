package no.gevinst.indicator.domain;

import java.util.UUID;
import no.gevinst.benefit.BenefitWritten;
import no.gevinst.shared.OrganisationId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator module's own copy of each benefit's programme, code, status and allocations (issue 21), which its
 * queries scope indicators by instead of the benefit module's tables. Kept by a plain listener, in the transaction of
 * the benefit's write, as the register keeps its copy of the indicators' status: a reader sees both change at the same
 * commit, and a write cannot leave the copy behind.
 */
@Component
class IndicatorBenefitCopy {

    private final JdbcClient jdbc;

    IndicatorBenefitCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the benefit's placing; one the copy already holds writes nothing. */
    @EventListener
    void on(BenefitWritten written) {
        jdbc.sql("""
                        INSERT INTO indicator_benefit_scope AS c (benefit_id, programme_id, code, status, allocated_to)
                        VALUES (:benefit, :programme, :code, :status, :allocated)
                        ON CONFLICT (benefit_id) DO UPDATE
                            SET programme_id = EXCLUDED.programme_id, code = EXCLUDED.code, status = EXCLUDED.status,
                                allocated_to = EXCLUDED.allocated_to
                            WHERE (c.programme_id, c.code, c.status)
                                      IS DISTINCT FROM (EXCLUDED.programme_id, EXCLUDED.code, EXCLUDED.status)
                               OR NOT (c.allocated_to @> EXCLUDED.allocated_to
                                       AND c.allocated_to <@ EXCLUDED.allocated_to)
                        """)
                .param("benefit", written.benefit().value())
                .param("programme", written.programme().value())
                .param("code", written.code())
                .param("status", written.status().name())
                .param(
                        "allocated",
                        written.allocatedTo().stream()
                                .map(OrganisationId::value)
                                .toArray(UUID[]::new))
                .update();
    }
}
