package no.gevinst.benefit.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.gevinst.benefit.IndicatorStatusChanged;
import no.gevinst.shared.BenefitId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's own copy of each indicator's status (issue 21), which its filter and counts read instead of the
 * indicator module's table. Kept by a plain listener, in the transaction of the write that changed the status: the
 * register then never shows a light older than the indicator's, a reader sees both change at the same commit, and
 * a status the writer was told is stored cannot be lost on the way (a listener after the commit, on another thread,
 * would leave the register behind until it ran, and a failed write of the copy behind for good until published again).
 */
@Component
class IndicatorStatusCopy {

    private final JdbcClient jdbc;

    IndicatorStatusCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the status; a status the copy already holds writes nothing. */
    @EventListener
    void on(IndicatorStatusChanged changed) {
        jdbc.sql("""
                        INSERT INTO benefit_indicator_status AS s
                            (indicator_id, benefit_id, rag, last_period_end, stale_after)
                        VALUES (:indicator, :benefit, :rag, :last, :stale)
                        ON CONFLICT (indicator_id) DO UPDATE
                            SET benefit_id = EXCLUDED.benefit_id, rag = EXCLUDED.rag,
                                last_period_end = EXCLUDED.last_period_end, stale_after = EXCLUDED.stale_after
                            WHERE (s.benefit_id, s.rag, s.last_period_end, s.stale_after)
                                  IS DISTINCT FROM (EXCLUDED.benefit_id, EXCLUDED.rag, EXCLUDED.last_period_end,
                                                    EXCLUDED.stale_after)
                        """)
                .param("indicator", changed.indicator().value())
                .param("benefit", changed.benefit().value())
                .param("rag", changed.light().name())
                .param("last", changed.lastPeriodEnd())
                .param("stale", changed.staleAfter())
                .update();
    }

    /**
     * Those of the benefits with a measured indicator, as the register's filter on unmeasured benefits reads it: one
     * index probe for a page's benefits, instead of working out each indicator's status to see whether it has a
     * latest value.
     */
    Set<BenefitId> measured(Collection<BenefitId> benefits) {
        Set<BenefitId> measured = new HashSet<>();
        if (benefits.isEmpty()) {
            return measured;
        }
        jdbc.sql("SELECT DISTINCT benefit_id FROM benefit_indicator_status"
                        + " WHERE benefit_id = ANY(:ids) AND last_period_end IS NOT NULL")
                .param("ids", benefits.stream().map(BenefitId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    measured.add(new BenefitId(rs.getObject(1, UUID.class)));
                });
        return measured;
    }
}
