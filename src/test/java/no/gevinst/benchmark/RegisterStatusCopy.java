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

    /**
     * The indicator module's copy of the benefits' programme, code, status and allocations (V57), brought up to date
     * after a generator wrote benefits directly in SQL, as the benefit module's event would have.
     */
    static final String INDICATOR_BENEFITS = """
            INSERT INTO indicator_benefit_scope AS c (benefit_id, programme_id, code, status, allocated_to)
            SELECT b.id, b.programme_id, b.code, b.status,
                   ARRAY(SELECT a.organisation_id FROM benefit_allocation a WHERE a.benefit_id = b.id)
            FROM benefit b
            ON CONFLICT (benefit_id) DO UPDATE
                SET programme_id = EXCLUDED.programme_id, code = EXCLUDED.code, status = EXCLUDED.status,
                    allocated_to = EXCLUDED.allocated_to
            """;

    /** The valuation module's copy of the benefits' programme and code (V57), likewise. */
    static final String VALUATION_BENEFITS = """
            INSERT INTO valuation_benefit_scope (benefit_id, programme_id, code)
            SELECT id, programme_id, code FROM benefit
            ON CONFLICT (benefit_id) DO UPDATE SET programme_id = EXCLUDED.programme_id, code = EXCLUDED.code
            """;

    private RegisterStatusCopy() {}
}
