package no.gevinst.valuation.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Actor;
import no.gevinst.valuation.Assumption;
import no.gevinst.valuation.AssumptionBook;
import no.gevinst.valuation.Cost;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ModelKind;
import no.gevinst.valuation.ValuationVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ValuationRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ValuationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A benefit's stored model, as it was entered. */
    record StoredModel(
            BenefitId benefit,
            Actor actor,
            ModelKind kind,
            Map<String, String> parameters,
            int phaseInFirst,
            List<BigDecimal> phaseInShares,
            long version) {}

    /** An assumption as stored: a value with its range, or a formula; kept whole in the audit log. */
    record StoredAssumption(
            String name,
            BigDecimal low,
            BigDecimal likely,
            BigDecimal high,
            String formula,
            String unit,
            String source,
            java.time.LocalDate asOf,
            String owner,
            boolean demoValue,
            long version) {}

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

    ValuationVersions versions(ProgrammeId programme) {
        Map<String, Long> assumptions = new java.util.HashMap<>();
        jdbc.sql("SELECT name, version FROM assumption WHERE programme_id = :p")
                .param("p", programme.value())
                .query(rs -> {
                    assumptions.put(rs.getString("name"), rs.getLong("version"));
                });
        Map<BenefitId, Long> models = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT v.benefit_id, v.version FROM benefit_valuation v JOIN benefit b ON b.id = v.benefit_id
                        WHERE b.programme_id = :p
                        """).param("p", programme.value()).query(rs -> {
            models.put(new BenefitId(rs.getObject("benefit_id", UUID.class)), rs.getLong("version"));
        });
        return new ValuationVersions(settingsVersion(programme).orElse(null), assumptions, models);
    }

    Optional<StoredAssumption> assumption(ProgrammeId programme, String name) {
        return jdbc.sql("SELECT * FROM assumption WHERE programme_id = :p AND name = :name")
                .param("p", programme.value())
                .param("name", name)
                .query((rs, n) -> {
                    Date asOf = rs.getDate("as_of");
                    return new StoredAssumption(
                            rs.getString("name"),
                            rs.getBigDecimal("low"),
                            rs.getBigDecimal("likely"),
                            rs.getBigDecimal("high"),
                            rs.getString("formula"),
                            rs.getString("unit"),
                            rs.getString("source"),
                            asOf == null ? null : asOf.toLocalDate(),
                            rs.getString("owner"),
                            rs.getBoolean("demo_value"),
                            rs.getLong("version"));
                })
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

    /** The programme's assumptions and derived values, in the order they were entered. */
    AssumptionBook book(ProgrammeId programme) {
        AssumptionBook book = new AssumptionBook();
        jdbc.sql("SELECT * FROM assumption WHERE programme_id = :p ORDER BY formula NULLS FIRST, name")
                .param("p", programme.value())
                .query(rs -> {
                    String formula = rs.getString("formula");
                    if (formula != null) {
                        book.derive(rs.getString("name"), formula);
                    } else {
                        Date asOf = rs.getDate("as_of");
                        book.add(new Assumption(
                                rs.getString("name"),
                                rs.getBigDecimal("low"),
                                rs.getBigDecimal("likely"),
                                rs.getBigDecimal("high"),
                                rs.getString("unit"),
                                rs.getString("source"),
                                asOf == null ? null : asOf.toLocalDate(),
                                rs.getString("owner"),
                                rs.getBoolean("demo_value")));
                    }
                });
        return book;
    }

    /**
     * Writes an assumption if the stored one still has the expected version (none stored when null).
     *
     * @return false when someone else wrote it first: nothing was changed
     */
    boolean saveAssumption(ProgrammeId programme, Assumption a, String formula, String name, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO assumption (id, programme_id, name, low, likely, high, formula, unit, source, as_of,
                            owner, demo_value)
                        VALUES (:id, :p, :name, :low, :likely, :high, :formula, :unit, :source, :asOf, :owner, :demo)
                        ON CONFLICT (programme_id, name) DO UPDATE SET low = excluded.low, likely = excluded.likely,
                            high = excluded.high, formula = excluded.formula, unit = excluded.unit,
                            source = excluded.source, as_of = excluded.as_of, owner = excluded.owner,
                            demo_value = excluded.demo_value, version = assumption.version + 1
                        WHERE assumption.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("id", UUID.randomUUID())
                        .param("p", programme.value())
                        .param("name", name)
                        .param("low", a == null ? null : a.low())
                        .param("likely", a == null ? null : a.likely())
                        .param("high", a == null ? null : a.high())
                        .param("formula", formula)
                        .param("unit", a == null ? "" : nullToEmpty(a.unit()))
                        .param("source", a == null ? "" : nullToEmpty(a.source()))
                        .param("asOf", a == null ? null : a.date())
                        .param("owner", a == null ? "" : nullToEmpty(a.owner()))
                        .param("demo", a != null && a.demoValue())
                        .update()
                == 1;
    }

    List<StoredModel> models(ProgrammeId programme) {
        return jdbc.sql("""
                        SELECT v.* FROM benefit_valuation v JOIN benefit b ON b.id = v.benefit_id
                        WHERE b.programme_id = :p ORDER BY b.code
                        """)
                .param("p", programme.value())
                .query((rs, n) -> storedModel(rs))
                .list();
    }

    Optional<StoredModel> model(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM benefit_valuation WHERE benefit_id = :b")
                .param("b", benefit.value())
                .query((rs, n) -> storedModel(rs))
                .optional();
    }

    /**
     * Writes a model if the stored one still has the expected version (none stored when null).
     *
     * @return false when someone else wrote it first: nothing was changed
     */
    boolean saveModel(StoredModel m, Long expectedVersion) {
        return jdbc.sql("""
                        INSERT INTO benefit_valuation (benefit_id, actor, model_kind, parameters, phase_in_first,
                            phase_in_shares)
                        VALUES (:b, :actor, :kind, CAST(:params AS jsonb), :first, CAST(:shares AS numeric[]))
                        ON CONFLICT (benefit_id) DO UPDATE SET actor = excluded.actor, model_kind = excluded.model_kind,
                            parameters = excluded.parameters, phase_in_first = excluded.phase_in_first,
                            phase_in_shares = excluded.phase_in_shares, version = benefit_valuation.version + 1
                        WHERE benefit_valuation.version = :expected
                        """)
                        .param("expected", expectedVersion == null ? -1 : expectedVersion)
                        .param("b", m.benefit().value())
                        .param("actor", m.actor().name())
                        .param("kind", m.kind().name())
                        .param("params", json.writeValueAsString(m.parameters()))
                        .param("first", m.phaseInFirst())
                        .param(
                                "shares",
                                m.phaseInShares().stream()
                                        .map(BigDecimal::toPlainString)
                                        .toArray(String[]::new))
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

    /** A row of benefit_valuation. */
    private StoredModel storedModel(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredModel(
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                Actor.valueOf(rs.getString("actor")),
                ModelKind.valueOf(rs.getString("model_kind")),
                json.readValue(rs.getString("parameters"), new TypeReference<Map<String, String>>() {}),
                rs.getInt("phase_in_first"),
                shares(rs.getArray("phase_in_shares")),
                rs.getLong("version"));
    }

    private static List<BigDecimal> shares(Array array) throws java.sql.SQLException {
        return Arrays.stream((BigDecimal[]) array.getArray()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
