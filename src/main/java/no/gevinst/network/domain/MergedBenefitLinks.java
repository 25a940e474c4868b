package no.gevinst.network.domain;

import no.gevinst.benefit.BenefitsMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a benefit is merged into another (issue 18), the links of the programmes' maps into and out of it lead to the
 * benefit kept instead. A link the map has already to the kept benefit (or one that would join the kept benefit to
 * itself) stays on the merged one, whose profile says where it went: nothing is lost, and no link is drawn twice.
 */
@Component
class MergedBenefitLinks {

    private final JdbcClient jdbc;

    MergedBenefitLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(BenefitsMerged merged) {
        jdbc.sql("""
                        UPDATE network_link l SET from_id = :kept
                        WHERE l.from_id = :merged AND l.to_id <> :kept
                          AND NOT EXISTS (SELECT 1 FROM network_link o
                                          WHERE o.programme_id = l.programme_id AND o.from_id = :kept
                                            AND o.to_id = l.to_id)
                        """)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
        jdbc.sql("""
                        UPDATE network_link l SET to_id = :kept
                        WHERE l.to_id = :merged AND l.from_id <> :kept
                          AND NOT EXISTS (SELECT 1 FROM network_link o
                                          WHERE o.programme_id = l.programme_id AND o.from_id = l.from_id
                                            AND o.to_id = :kept)
                        """)
                .param("kept", merged.kept().value())
                .param("merged", merged.merged().value())
                .update();
    }
}
