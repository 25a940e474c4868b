package no.gevinst.indicator.domain;

import no.gevinst.benefit.BenefitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a benefit is merged into another as the same benefit (issue 18), its indicators, and with them their
 * baselines, trajectories and measurements, move to the benefit kept: nothing measured is lost, and since the merged
 * benefit has left the registers, each measurement counts once, under the kept benefit.
 */
@Component
class MergedBenefitIndicators {

    private final JdbcClient jdbc;
    private final IndicatorStatusNews news;

    MergedBenefitIndicators(JdbcClient jdbc, IndicatorStatusNews news) {
        this.jdbc = jdbc;
        this.news = news;
    }

    @ApplicationModuleListener
    void on(BenefitsMerged merged) {
        // The register's copy of each moved indicator's status moves with it, in the same transaction.
        jdbc.sql("UPDATE indicator SET benefit_id = :kept, version = version + 1 WHERE benefit_id = :merged"
                        + " RETURNING " + StoredStatus.COLUMNS)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .query(StoredStatus::map)
                .list()
                .forEach(news::announce);
    }
}
