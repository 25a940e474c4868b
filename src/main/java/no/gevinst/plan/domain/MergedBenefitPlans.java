package no.gevinst.plan.domain;

import no.gevinst.benefit.BenefitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a benefit is merged into another (issue 18), the plans' measures and risks on it are on the benefit kept: a
 * measure naming both names the kept one once. Approved plan versions are frozen as they were approved and keep what
 * they said.
 */
@Component
class MergedBenefitPlans {

    private final JdbcClient jdbc;

    MergedBenefitPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BenefitsMerged merged) {
        jdbc.sql("""
                        UPDATE plan_measure SET version = version + 1,
                          benefit_ids = CASE WHEN :kept = ANY(benefit_ids) THEN array_remove(benefit_ids, :merged)
                                             ELSE array_replace(benefit_ids, :merged, :kept) END
                        WHERE :merged = ANY(benefit_ids)
                        """)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
        jdbc.sql("UPDATE plan_risk SET benefit_id = :kept WHERE benefit_id = :merged")
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
    }
}
