package no.gevinst.valuation.domain;

import java.util.Map;
import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.benefit.BenefitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a benefit is merged into another of the same programme (issue 18) and the kept one has no valuation, the
 * merged one's valuation becomes the kept one's, so that its kroner are not lost. Across programmes a valuation's
 * formula names its own programme's assumptions, so it stays on the merged benefit, readable; the merged benefit has
 * left the registers, so it is not counted twice.
 */
@Component
class MergedBenefitValuation {

    private final JdbcClient jdbc;
    private final BenefitTransfer benefits;

    MergedBenefitValuation(JdbcClient jdbc, BenefitTransfer benefits) {
        this.jdbc = jdbc;
        this.benefits = benefits;
    }

    @ApplicationModuleListener
    void on(BenefitsMerged merged) {
        String kept = merged.kept().value().toString();
        String away = merged.merged().value().toString();
        Map<String, String> homes = benefits.homesOf(new String[] {kept, away});
        if (homes.get(kept) == null || !homes.get(kept).equals(homes.get(away))) {
            return;
        }
        jdbc.sql("""
                        UPDATE benefit_valuation SET benefit_id = :kept, version = version + 1
                        WHERE benefit_id = :merged
                          AND NOT EXISTS (SELECT 1 FROM benefit_valuation WHERE benefit_id = :kept)
                        """)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
    }
}
