package no.gevinst.portfolio.domain;

import no.gevinst.benefit.BenefitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a benefit is merged into another (issue 18), the benefiting parties' sign-offs of its actuals go with its
 * measurements to the benefit kept. A period the kept benefit has signed off already for the organisation keeps that
 * sign-off; the merged benefit's own stays on it, readable on its profile.
 */
@Component
class MergedBenefitSignOffs {

    private final JdbcClient jdbc;

    MergedBenefitSignOffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BenefitsMerged merged) {
        jdbc.sql("""
                        UPDATE actuals_sign_off s SET benefit_id = :kept
                        WHERE s.benefit_id = :merged
                          AND NOT EXISTS (SELECT 1 FROM actuals_sign_off o
                                          WHERE o.benefit_id = :kept AND o.organisation_id = s.organisation_id
                                            AND o.period_start = s.period_start AND o.period_end = s.period_end)
                        """)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
    }
}
