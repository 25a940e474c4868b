package no.gevinst.indicator.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.Scope;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each indicator's stored traffic light, by its benefit: one benefit may appear once per indicator. */
    List<Map.Entry<BenefitId, Rag>> ragsOf(Collection<BenefitId> benefits) {
        return jdbc.sql("SELECT benefit_id, rag FROM indicator WHERE benefit_id = ANY(:ids)")
                .param("ids", benefits.stream().map(BenefitId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        new BenefitId(rs.getObject("benefit_id", UUID.class)), Rag.valueOf(rs.getString("rag"))))
                .list();
    }

    /** A measured indicator of a benefit still in play, with what a reminder names. */
    record Measured(
            IndicatorId id,
            String name,
            Frequency frequency,
            LocalDate lastPeriodEnd,
            BenefitId benefit,
            String benefitCode,
            ProgrammeId programme) {}

    /**
     * The indicators of the programmes' open benefits whose latest period ended more than one frequency before the
     * day: the database's month arithmetic gives at least those the calendar's does, which the caller refines.
     */
    List<Measured> measuredBefore(Collection<ProgrammeId> programmes, LocalDate day) {
        return measuredBefore(programmes, Narrowing.NONE, day);
    }

    /**
     * A further condition on the due indicators, with its parameter: only some benefits' indicators, or only those
     * measured in some organisations (scoped to one, or unscoped on a benefit that arises in one).
     */
    record Narrowing(String condition, UUID[] ids) {

        static final Narrowing NONE = new Narrowing("", new UUID[0]);

        static Narrowing benefits(Collection<BenefitId> benefits) {
            return new Narrowing(
                    "AND b.benefit_id = ANY(:narrowing)",
                    benefits.stream().map(BenefitId::value).toArray(UUID[]::new));
        }

        static Narrowing organisations(Collection<OrganisationId> organisations) {
            return new Narrowing(
                    """
                    AND (i.scope_organisation_id = ANY(:narrowing)
                         OR (i.scope_organisation_id IS NULL AND b.allocated_to && :narrowing))
                    """, organisations.stream().map(OrganisationId::value).toArray(UUID[]::new));
        }
    }

    List<Measured> measuredBefore(Collection<ProgrammeId> programmes, Narrowing narrowing, LocalDate day) {
        return jdbc.sql("""
                        SELECT i.id, i.name, i.frequency, i.last_period_end, b.benefit_id, b.code, b.programme_id
                        FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id
                        WHERE b.programme_id = ANY(:programmes)
                          AND b.status NOT IN ('CLOSED', 'ABANDONED')
                          AND i.last_period_end IS NOT NULL
                          AND i.last_period_end + CASE i.frequency WHEN 'MONTH' THEN interval '1 month'
                                                                  WHEN 'QUARTER' THEN interval '3 months'
                                                                  ELSE interval '1 year' END < :day
                        """ + narrowing.condition() + " ORDER BY i.last_period_end, lower(i.name)")
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .param("day", day)
                .param("narrowing", narrowing.ids())
                .query((rs, n) -> new Measured(
                        new IndicatorId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        Frequency.valueOf(rs.getString("frequency")),
                        rs.getObject("last_period_end", LocalDate.class),
                        new BenefitId(rs.getObject("benefit_id", UUID.class)),
                        rs.getString("code"),
                        new ProgrammeId(rs.getObject("programme_id", UUID.class))))
                .list();
    }

    List<Indicator> ofBenefit(BenefitId benefit) {
        return jdbc.sql("SELECT * FROM indicator WHERE benefit_id = :b ORDER BY lower(name), id")
                .param("b", benefit.value())
                .query(IndicatorRepository::map)
                .list();
    }

    /** Indicators of the benefits that belong to the given programmes, in one query rather than one per benefit. */
    List<Indicator> ofBenefits(Collection<BenefitId> benefits, Collection<ProgrammeId> programmes) {
        return jdbc.sql("SELECT i.* FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id"
                        + " WHERE i.benefit_id = ANY(:ids) AND b.programme_id = ANY(:programmes)"
                        + " ORDER BY lower(i.name), i.id")
                .param("ids", benefits.stream().map(BenefitId::value).toArray(UUID[]::new))
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query(IndicatorRepository::map)
                .list();
    }

    /** By the programme alone: no list of its benefits to send (at a region's size 2 000 a programme). */
    List<Indicator> ofProgramme(ProgrammeId programme) {
        return jdbc.sql("SELECT i.* FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id"
                        + " WHERE b.programme_id = :programme ORDER BY lower(i.name), i.id")
                .param("programme", programme.value())
                .query(IndicatorRepository::map)
                .list();
    }

    Optional<Indicator> find(IndicatorId id) {
        return jdbc.sql("SELECT * FROM indicator WHERE id = :id")
                .param("id", id.value())
                .query(IndicatorRepository::map)
                .optional();
    }

    Optional<Indicator> findByCanonicalUrl(String url) {
        return jdbc.sql("SELECT * FROM indicator WHERE canonical_url = :url")
                .param("url", url)
                .query(IndicatorRepository::map)
                .optional();
    }

    boolean canonicalUrlTakenByOther(String url, IndicatorId self) {
        return jdbc.sql("SELECT count(*) FROM indicator WHERE canonical_url = :url AND id <> :self")
                        .param("url", url)
                        .param("self", self.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(Indicator i) {
        jdbc.sql("""
                        INSERT INTO indicator (id, benefit_id, name, definition, unit, direction, kind, method, data_source,
                            frequency, measured_by, cost_hours, amber_tolerance, red_tolerance, scope,
                            scope_organisation_id, scope_unit, canonical_url, version)
                        VALUES (:id, :benefit, :name, :definition, :unit, :direction, :kind, :method, :source,
                            :frequency, :measuredBy, :cost, :amber, :red, :scope, :scopeOrg, :scopeUnit, :url, :version)
                        """).params(columns(i)).update();
    }

    boolean update(Indicator i, long expected) {
        Map<String, Object> params = columns(i);
        params.put("expected", expected);
        return jdbc.sql("""
                                UPDATE indicator SET name = :name, definition = :definition, unit = :unit,
                                    direction = :direction, kind = :kind, method = :method, data_source = :source,
                                    frequency = :frequency, measured_by = :measuredBy, cost_hours = :cost,
                                    amber_tolerance = :amber, red_tolerance = :red, scope = :scope,
                                    scope_organisation_id = :scopeOrg, scope_unit = :scopeUnit, canonical_url = :url,
                                    version = :version
                                WHERE id = :id AND version = :expected
                                """).params(params).update() == 1;
    }

    /** Stores the indicator's traffic light and latest period; answers what is stored now, unless it is gone. */
    /**
     * Locks the indicators' rows until the transaction ends, in the order of their ids, before their status is worked
     * out: two refreshes of one indicator (a measurement's, and the go-live refresh that runs after another commit)
     * then take turns, and the second reads what the first committed instead of overwriting it with an older light.
     */
    void lockForStatus(Collection<IndicatorId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id FROM indicator WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids.stream().map(IndicatorId::value).distinct().toArray(java.util.UUID[]::new))
                .query((rs, n) -> 1)
                .list();
    }

    Optional<StoredStatus> saveStatus(IndicatorId id, Rag rag, LocalDate lastPeriodEnd) {
        return jdbc.sql("UPDATE indicator SET rag = :rag, last_period_end = :last WHERE id = :id RETURNING "
                        + StoredStatus.COLUMNS)
                .param("id", id.value())
                .param("rag", rag.name())
                .param("last", lastPeriodEnd)
                .query(StoredStatus::map)
                .optional();
    }

    /** The programme of each indicator's benefit, those no longer there left out. */
    Map<IndicatorId, ProgrammeId> programmesOf(Collection<IndicatorId> ids) {
        Map<IndicatorId, ProgrammeId> programmes = new HashMap<>();
        jdbc.sql(
                        "SELECT i.id, b.programme_id FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id"
                                + " WHERE i.id = ANY(:ids)")
                .param("ids", ids.stream().map(IndicatorId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    programmes.put(
                            new IndicatorId(rs.getObject("id", UUID.class)),
                            new ProgrammeId(rs.getObject("programme_id", UUID.class)));
                });
        return programmes;
    }

    /** What is stored of the status of each of the indicators still there. */
    List<StoredStatus> storedStatuses(Collection<IndicatorId> ids) {
        return jdbc.sql("SELECT " + StoredStatus.COLUMNS + " FROM indicator WHERE id = ANY(:ids) ORDER BY id")
                .param("ids", ids.stream().map(IndicatorId::value).distinct().toArray(UUID[]::new))
                .query(StoredStatus::map)
                .list();
    }

    private static Map<String, Object> columns(Indicator i) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", i.id().value());
        p.put("benefit", i.benefit().value());
        p.put("name", i.name());
        p.put("definition", i.definition());
        p.put("unit", i.unit());
        p.put("direction", i.direction().name());
        p.put("kind", i.kind().name());
        p.put("method", i.method());
        p.put("source", i.dataSource());
        p.put("frequency", i.frequency().name());
        p.put("measuredBy", i.measuredBy() == null ? null : i.measuredBy().value());
        p.put("cost", i.costHours());
        p.put("amber", i.amberTolerance());
        p.put("red", i.redTolerance());
        p.put("scope", i.scope().name());
        p.put(
                "scopeOrg",
                i.scopeOrganisation() == null ? null : i.scopeOrganisation().value());
        p.put("scopeUnit", i.scopeUnit());
        p.put("url", i.canonicalUrl());
        p.put("version", i.version());
        return p;
    }

    static Indicator map(ResultSet rs, int n) throws SQLException {
        UUID measuredBy = rs.getObject("measured_by", UUID.class);
        UUID scopeOrg = rs.getObject("scope_organisation_id", UUID.class);
        return Indicator.builder()
                .id(new IndicatorId(rs.getObject("id", UUID.class)))
                .benefit(new BenefitId(rs.getObject("benefit_id", UUID.class)))
                .name(rs.getString("name"))
                .definition(rs.getString("definition"))
                .unit(rs.getString("unit"))
                .direction(Direction.valueOf(rs.getString("direction")))
                .kind(IndicatorKind.valueOf(rs.getString("kind")))
                .method(rs.getString("method"))
                .dataSource(rs.getString("data_source"))
                .frequency(Frequency.valueOf(rs.getString("frequency")))
                .measuredBy(measuredBy == null ? null : new PersonId(measuredBy))
                .costHours(rs.getBigDecimal("cost_hours"))
                .amberTolerance(rs.getBigDecimal("amber_tolerance"))
                .redTolerance(rs.getBigDecimal("red_tolerance"))
                .scope(Scope.valueOf(rs.getString("scope")))
                .scopeOrganisation(scopeOrg == null ? null : new OrganisationId(scopeOrg))
                .scopeUnit(rs.getString("scope_unit"))
                .canonicalUrl(rs.getString("canonical_url"))
                .version(rs.getLong("version"))
                .build();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
