package no.gevinst.benchmark;

/**
 * The benefit register's copy of the indicators' status (V54), brought up to date with the indicator table after a
 * generator wrote indicators or their lights directly in SQL, as the indicator module's event would have.
 */
final class RegisterStatusCopy {

    static final String SYNC = """
            INSERT INTO benefit_indicator_status AS s (indicator_id, benefit_id, rag, last_period_end, stale_after)
            SELECT id, benefit_id, rag, last_period_end,
                   last_period_end + CASE frequency WHEN 'MONTH' THEN 46 WHEN 'QUARTER' THEN 137 ELSE 548 END
            FROM indicator
            ON CONFLICT (indicator_id) DO UPDATE
                SET benefit_id = EXCLUDED.benefit_id, rag = EXCLUDED.rag, last_period_end = EXCLUDED.last_period_end,
                    stale_after = EXCLUDED.stale_after
                WHERE (s.benefit_id, s.rag, s.last_period_end, s.stale_after)
                      IS DISTINCT FROM (EXCLUDED.benefit_id, EXCLUDED.rag, EXCLUDED.last_period_end,
                                        EXCLUDED.stale_after)
            """;

    private RegisterStatusCopy() {}
}
