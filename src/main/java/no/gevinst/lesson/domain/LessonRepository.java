package no.gevinst.lesson.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonQuery;
import no.gevinst.programme.Phase;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LessonRepository {

    private static final String SELECT = """
            SELECT id, programme_id, title, happened, worked, did_not_work, recommendation, phase, area_id, process,
                   benefit_ids, written_by, updated_at, demo, version
            FROM lesson
            """;

    /** Words through PostgreSQL's Norwegian full-text search, or a part of the title or process. */
    private static final String WHERE = """
             WHERE programme_id = ANY(:programmes)
               AND (:text = '' OR search @@ websearch_to_tsquery('norwegian', :text)
                    OR title ILIKE :like ESCAPE '\\' OR process ILIKE :like ESCAPE '\\')
               AND (CAST(:phase AS text) IS NULL OR phase = :phase)
               AND (CAST(:area AS uuid) IS NULL OR area_id = :area)
            """;

    private final JdbcClient jdbc;

    LessonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Lesson> search(LessonQuery query, Collection<ProgrammeId> programmes) {
        return params(
                        jdbc.sql(SELECT + WHERE + " ORDER BY updated_at DESC, id LIMIT :size OFFSET :offset"),
                        query,
                        programmes)
                .param("size", LessonQuery.SIZE)
                .param("offset", query.page() * LessonQuery.SIZE)
                .query(LessonRepository::map)
                .list();
    }

    long count(LessonQuery query, Collection<ProgrammeId> programmes) {
        return params(jdbc.sql("SELECT count(*) FROM lesson" + WHERE), query, programmes)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec params(
            JdbcClient.StatementSpec spec, LessonQuery query, Collection<ProgrammeId> programmes) {
        UUID[] ids = programmes.stream()
                .filter(p -> query.programme() == null || query.programme().equals(p))
                .map(ProgrammeId::value)
                .toArray(UUID[]::new);
        return spec.param("programmes", ids)
                .param("text", query.text())
                .param(
                        "like",
                        "%"
                                + query.text()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_") + "%")
                .param("phase", query.phase() == null ? null : query.phase().name())
                .param("area", query.area() == null ? null : query.area().value());
    }

    Optional<Lesson> find(LessonId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query(LessonRepository::map)
                .optional();
    }

    void insert(Lesson l) {
        jdbc.sql("""
                        INSERT INTO lesson (id, programme_id, title, happened, worked, did_not_work, recommendation,
                                            phase, area_id, process, benefit_ids, written_by, updated_at, demo, version)
                        VALUES (:id, :programme, :title, :happened, :worked, :didNotWork, :recommendation, :phase,
                                :area, :process, :benefits, :writtenBy, :updatedAt, :demo, 0)
                        """).params(params(l)).update();
    }

    boolean update(Lesson l, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE lesson SET title = :title, happened = :happened, worked = :worked,
                                    did_not_work = :didNotWork, recommendation = :recommendation, phase = :phase,
                                    area_id = :area, process = :process, benefit_ids = :benefits,
                                    written_by = :writtenBy, updated_at = :updatedAt, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .params(params(l))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static java.util.Map<String, Object> params(Lesson l) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", l.id().value());
        p.put("programme", l.programme().value());
        p.put("title", l.title());
        p.put("happened", l.happened());
        p.put("worked", l.worked());
        p.put("didNotWork", l.didNotWork());
        p.put("recommendation", l.recommendation());
        p.put("phase", l.phase().name());
        p.put("area", l.area() == null ? null : l.area().value());
        p.put("process", l.process());
        p.put("benefits", l.benefits().stream().map(BenefitId::value).toArray(UUID[]::new));
        p.put("writtenBy", l.writtenBy() == null ? null : l.writtenBy().value());
        p.put("updatedAt", Timestamp.from(l.updatedAt()));
        p.put("demo", l.demo());
        return p;
    }

    /** Deletes the row if it still has the version read; false when it has moved on. */
    boolean delete(LessonId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM lesson WHERE id = :id AND version = :expected")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static Lesson map(ResultSet rs, int n) throws SQLException {
        UUID area = rs.getObject("area_id", UUID.class);
        UUID writer = rs.getObject("written_by", UUID.class);
        return new Lesson(
                new LessonId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                rs.getString("title"),
                rs.getString("happened"),
                rs.getString("worked"),
                rs.getString("did_not_work"),
                rs.getString("recommendation"),
                Phase.valueOf(rs.getString("phase")),
                area == null ? null : new FrameworkItemId(area),
                rs.getString("process"),
                benefits(rs.getArray("benefit_ids")),
                writer == null ? null : new PersonId(writer),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }

    private static List<BenefitId> benefits(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> new BenefitId((UUID) o))
                .toList();
    }
}
