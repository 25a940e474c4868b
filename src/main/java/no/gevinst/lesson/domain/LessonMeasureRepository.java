package no.gevinst.lesson.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonMeasure;
import no.gevinst.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LessonMeasureRepository {

    private static final String SELECT =
            "SELECT id, lesson_id, action, owner_id, deadline, done, version FROM lesson_measure";

    private final JdbcClient jdbc;

    LessonMeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LessonMeasure> ofLesson(LessonId lesson) {
        return jdbc.sql(SELECT + " WHERE lesson_id = :lesson ORDER BY deadline, lower(action), id")
                .param("lesson", lesson.value())
                .query(LessonMeasureRepository::map)
                .list();
    }

    Optional<LessonMeasure> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(LessonMeasureRepository::map)
                .optional();
    }

    void insert(LessonMeasure m) {
        jdbc.sql("""
                        INSERT INTO lesson_measure (id, lesson_id, action, owner_id, deadline, done, version)
                        VALUES (:id, :lesson, :action, :owner, :deadline, false, 0)
                        """)
                .param("id", m.id())
                .param("lesson", m.lesson().value())
                .param("action", m.action())
                .param("owner", m.owner().value())
                .param("deadline", m.deadline())
                .update();
    }

    boolean markDone(UUID id, boolean done, long expectedVersion) {
        return jdbc.sql("""
                                UPDATE lesson_measure SET done = :done, version = version + 1
                                WHERE id = :id AND version = :expected
                                """)
                        .param("id", id)
                        .param("done", done)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    private static LessonMeasure map(ResultSet rs, int n) throws SQLException {
        return new LessonMeasure(
                rs.getObject("id", UUID.class),
                new LessonId(rs.getObject("lesson_id", UUID.class)),
                rs.getString("action"),
                new PersonId(rs.getObject("owner_id", UUID.class)),
                rs.getDate("deadline").toLocalDate(),
                rs.getBoolean("done"),
                rs.getLong("version"));
    }
}
