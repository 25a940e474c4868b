package no.gevinst.valuation.domain;

import no.gevinst.benefit.BenefitWritten;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The valuation module's own copy of each benefit's programme and code (issue 21), by which it scopes and orders the
 * benefits' models instead of reading the benefit module's table. Kept by a plain listener, in the transaction of the
 * benefit's write, so that it is never behind the benefit.
 */
@Component
class ValuationBenefitCopy {

    private final JdbcClient jdbc;

    ValuationBenefitCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the benefit's programme and code; what the copy already holds writes nothing. */
    @EventListener
    void on(BenefitWritten written) {
        jdbc.sql("""
                        INSERT INTO valuation_benefit_scope AS c (benefit_id, programme_id, code)
                        VALUES (:benefit, :programme, :code)
                        ON CONFLICT (benefit_id) DO UPDATE
                            SET programme_id = EXCLUDED.programme_id, code = EXCLUDED.code
                            WHERE (c.programme_id, c.code) IS DISTINCT FROM (EXCLUDED.programme_id, EXCLUDED.code)
                        """)
                .param("benefit", written.benefit().value())
                .param("programme", written.programme().value())
                .param("code", written.code())
                .update();
    }
}
