package no.gevinst.valuation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A programme's economic settings (valuation_settings) and costs (valuation_cost), and the lock that serialises the
 * writes to its valuation. Assumptions and models have their own repositories.
 */
@Repository
class ValuationRepository {

    private final JdbcClient jdbc;

    ValuationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the valuation writes of one programme until the transaction ends: each write checks the whole
     * valuation as it would be after it, which two writes at once (two halves of a cycle) could each pass alone.
     */
    void lockValuation(ProgrammeId programme) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('valuation:' || :p))")
                .param("p", programme.value().toString())
                .query((rs, n) -> 1)
                .list();
    }

    Optional<Long> settingsVersion(ProgrammeId programme) {
        return jdbc.sql("SELECT version FROM valuation_settings WHERE programme_id = :p")
                .param("p", programme.value())
                .query(Long.class)
                .optional();
    }

    Optional<EconomicSettings> settings(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM valuation_settings WHERE programme_id = :p")
                .param("p", programme.value())
                .query((rs, n) -> new EconomicSettings(
                        rs.getInt("base_year"),
                        rs.getInt("first_year"),
                        rs.getInt("last_year"),
                        List.of(
                                rs.getBigDecimal("discount_rate_1"),
                                rs.getBigDecimal("discount_rate_2"),
                                rs.getBigDecimal("discount_rate_3")),
                        rs.getBigDecimal("tax_financing_rate"),
                        rs.getBigDecimal("real_price_growth"),
                        rs.getBoolean("real_price_adjustment"),
                        rs.getBigDecimal("co_financing_cut"),
                        rs.getBigDecimal("working_hours_per_person")))
                .optional();
    }

    /**
     * Writes the settings if the stored ones still have the expected version (none stored when null).
     *
     * @return false when someone else wrote them first: nothing was changed
     */
    boolean saveSettings(ProgrammeId programme, EconomicSettings s, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO valuation_settings (programme_id, base_year, first_year, last_year, discount_rate_1,
                            discount_rate_2, discount_rate_3, tax_financing_rate, real_price_growth,
                            real_price_adjustment, co_financing_cut, working_hours_per_person)
                        VALUES (:p, :base, :first, :last, :r1, :r2, :r3, :tax, :growth, :adjust, :cut, :hours)
                        ON CONFLICT (programme_id) DO UPDATE SET base_year = excluded.base_year,
                            first_year = excluded.first_year, last_year = excluded.last_year,
                            discount_rate_1 = excluded.discount_rate_1, discount_rate_2 = excluded.discount_rate_2,
                            discount_rate_3 = excluded.discount_rate_3, tax_financing_rate = excluded.tax_financing_rate,
                            real_price_growth = excluded.real_price_growth,
                            real_price_adjustment = excluded.real_price_adjustment,
                            co_financing_cut = excluded.co_financing_cut,
                            working_hours_per_person = excluded.working_hours_per_person, version = valuation_settings.version + 1
                        WHERE valuation_settings.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("p", programme.value())
                        .param("base", s.baseYear())
                        .param("first", s.firstYear())
                        .param("last", s.lastYear())
                        .param("r1", s.discountRates().get(0))
                        .param("r2", s.discountRates().get(1))
                        .param("r3", s.discountRates().get(2))
                        .param("tax", s.taxFinancingRate())
                        .param("growth", s.realPriceGrowth())
                        .param("adjust", s.realPriceAdjustment())
                        .param("cut", s.coFinancingCutShare())
                        .param("hours", s.workingHoursPerPerson())
                        .update()
                == 1;
    }

    List<Cost> costs(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM valuation_cost WHERE programme_id = :p ORDER BY year, kind")
                .param("p", programme.value())
                .query((rs, n) -> new Cost(
                        Cost.Kind.valueOf(rs.getString("kind")),
                        Actor.valueOf(rs.getString("actor")),
                        rs.getInt("year"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    void addCost(ProgrammeId programme, Cost cost, String description) {
        jdbc.sql("""
                        INSERT INTO valuation_cost (id, programme_id, kind, actor, year, amount, description)
                        VALUES (:id, :p, :kind, :actor, :year, :amount, :description)
                        """)
                .param("id", UUID.randomUUID())
                .param("p", programme.value())
                .param("kind", cost.kind().name())
                .param("actor", cost.actor().name())
                .param("year", cost.year())
                .param("amount", cost.amount())
                .param("description", description)
                .update();
    }
}
