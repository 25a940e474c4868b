package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.gevinst.golive.BaselineAnchor;
import no.gevinst.indicator.Indicators;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which unit's go-live each indicator's baseline is set at. */
@Repository
class AnchorRepository {

    private static final String MEMO = "golive:anchor:";

    private final JdbcClient jdbc;
    private final Indicators indicators;
    private final Organisations organisations;

    AnchorRepository(JdbcClient jdbc, Indicators indicators, Organisations organisations) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.organisations = organisations;
    }

    /** An indicator's anchor with its unit's go-live day; null while the unit is in no wave. */
    record Anchored(BaselineAnchor anchor, LocalDate goLive) {}

    /**
     * The indicator's anchor. A page request that has already asked for the go-live days of its indicators ({@link
     * #anchored}) has it from then, rather than a read of its own.
     */
    Optional<BaselineAnchor> find(IndicatorId indicator) {
        return remembered(indicator, () -> anchorOf(indicator).map(anchor -> new Anchored(anchor, null)))
                .map(Anchored::anchor);
    }

    /** The anchor alone, without its go-live day. */
    private Optional<BaselineAnchor> anchorOf(IndicatorId indicator) {
        return jdbc.sql(
                        "SELECT indicator_id, organisation_id, version FROM golive_baseline_anchor WHERE indicator_id = :id")
                .param("id", indicator.value())
                .query((rs, n) -> anchor(rs))
                .optional();
    }

    private static BaselineAnchor anchor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BaselineAnchor(
                new IndicatorId(rs.getObject("indicator_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getLong("version"));
    }

    /**
     * The anchor of each of the indicators that have one, with the go-live day of its unit: the wave of the unit in
     * the programme of the indicator's benefit, or else of the nearest organisation above the unit that is in one (a
     * clinic goes live with its trust), its actual day once recorded, else its planned one. One statement for any
     * number of indicators, after the indicator module has told the programme of each ({@link
     * Indicators#programmesOf}); when any has an anchor, the organisation module tells the organisations above their
     * units ({@link Organisations#withAncestors}, one recursive query there) and one more statement reads the waves
     * of those here. Remembered for the rest of a page request.
     */
    Map<IndicatorId, Anchored> anchored(Collection<IndicatorId> indicators) {
        Map<IndicatorId, Anchored> found = read(indicators);
        for (IndicatorId id : indicators) {
            Optional<Anchored> one = Optional.ofNullable(found.get(id));
            remembered(id, () -> one);
        }
        return found;
    }

    private static Optional<Anchored> remembered(IndicatorId id, Supplier<Optional<Anchored>> read) {
        return RequestMemo.remember(MEMO + id, read);
    }

    private Map<IndicatorId, Anchored> read(Collection<IndicatorId> indicators) {
        Map<IndicatorId, Anchored> found = new HashMap<>();
        if (indicators.isEmpty()) {
            return found;
        }
        Map<IndicatorId, ProgrammeId> programmes = this.indicators.programmesOf(indicators);
        List<BaselineAnchor> anchors = jdbc.sql(
                        "SELECT indicator_id, organisation_id, version FROM golive_baseline_anchor"
                                + " WHERE indicator_id = ANY(:ids)")
                .param(
                        "ids",
                        programmes.keySet().stream().map(IndicatorId::value).toArray(UUID[]::new))
                .query((rs, n) -> anchor(rs))
                .list();
        if (anchors.isEmpty()) {
            return found;
        }
        Map<OrganisationId, List<OrganisationId>> lines = organisations.withAncestors(
                anchors.stream().map(BaselineAnchor::unit).toList());
        Map<ProgrammeId, Map<OrganisationId, LocalDate>> days = goLiveDays(programmes.values(), lines);
        for (BaselineAnchor anchor : anchors) {
            Map<OrganisationId, LocalDate> ofProgramme =
                    days.getOrDefault(programmes.get(anchor.indicator()), Map.of());
            LocalDate day = lines.getOrDefault(anchor.unit(), List.of()).stream()
                    .map(ofProgramme::get)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            found.put(anchor.indicator(), new Anchored(anchor, day));
        }
        return found;
    }

    /**
     * The go-live day of each of the organisations in a wave of one of the programmes: its actual day once recorded,
     * else its planned one. One statement for the units of every anchor and the organisations above them.
     */
    private Map<ProgrammeId, Map<OrganisationId, LocalDate>> goLiveDays(
            Collection<ProgrammeId> programmes, Map<OrganisationId, List<OrganisationId>> lines) {
        Map<ProgrammeId, Map<OrganisationId, LocalDate>> days = new HashMap<>();
        jdbc.sql("""
                        SELECT u.programme_id, u.organisation_id, COALESCE(w.actual_date, w.planned_date) AS day
                        FROM golive_wave_unit u JOIN golive_wave w ON w.id = u.wave_id
                        WHERE u.programme_id = ANY(:programmes) AND u.organisation_id = ANY(:units)
                        """)
                .param(
                        "programmes",
                        programmes.stream().map(ProgrammeId::value).distinct().toArray(UUID[]::new))
                .param(
                        "units",
                        lines.values().stream()
                                .flatMap(List::stream)
                                .map(OrganisationId::value)
                                .distinct()
                                .toArray(UUID[]::new))
                .query(rs -> {
                    java.sql.Date day = rs.getDate("day");
                    days.computeIfAbsent(
                                    new ProgrammeId(rs.getObject("programme_id", UUID.class)), p -> new HashMap<>())
                            .put(
                                    new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                    day == null ? null : day.toLocalDate());
                });
        return days;
    }

    /**
     * The indicators of the programme's benefits anchored to one of the units or to a unit below one of them: the
     * units below as the organisation module tells (one recursive query there), the anchors to them in one statement
     * here, and one of the indicator module's for the programmes of the indicators found.
     */
    Set<IndicatorId> anchoredUnder(ProgrammeId programme, Collection<OrganisationId> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        List<IndicatorId> anchored = jdbc.sql(
                        "SELECT DISTINCT indicator_id FROM golive_baseline_anchor WHERE organisation_id = ANY(:units)")
                .param(
                        "units",
                        organisations.withDescendants(units).stream()
                                .map(OrganisationId::value)
                                .toArray(UUID[]::new))
                .query((rs, n) -> new IndicatorId(rs.getObject("indicator_id", UUID.class)))
                .list();
        // Of those, the programme's, as the indicator module tells.
        Map<IndicatorId, ProgrammeId> programmes = anchored.isEmpty() ? Map.of() : indicators.programmesOf(anchored);
        Set<IndicatorId> found = new HashSet<>();
        anchored.stream().filter(id -> programme.equals(programmes.get(id))).forEach(found::add);
        return found;
    }

    boolean insert(BaselineAnchor anchor) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("""
                                INSERT INTO golive_baseline_anchor (indicator_id, organisation_id, version)
                                VALUES (:id, :unit, :version) ON CONFLICT (indicator_id) DO NOTHING
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .update()
                == 1;
    }

    boolean update(BaselineAnchor anchor, long expectedVersion) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("""
                                UPDATE golive_baseline_anchor SET organisation_id = :unit, version = :version
                                WHERE indicator_id = :id AND version = :expected
                                """)
                        .param("id", anchor.indicator().value())
                        .param("unit", anchor.unit().value())
                        .param("version", anchor.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    boolean delete(IndicatorId indicator, long expectedVersion) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("DELETE FROM golive_baseline_anchor WHERE indicator_id = :id AND version = :expected")
                        .param("id", indicator.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
