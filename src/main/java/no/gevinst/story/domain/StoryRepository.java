package no.gevinst.story.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.story.FrozenFigures;
import no.gevinst.story.Picture;
import no.gevinst.story.Story;
import no.gevinst.story.StoryId;
import no.gevinst.story.StoryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The story table: plain SQL; the picture is read only when asked for, the figures kept as JSON. */
@Repository
class StoryRepository {

    /** The most stories the gallery lists at once. */
    static final int GALLERY_LIMIT = 200;

    private static final String COLUMNS = """
            id, programme_id, benefit_id, title, body, people, units, picture IS NOT NULL AS has_picture,
            picture_alt, status, figures::text AS figures, approved_by, approved_at, version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StoryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Story> find(StoryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE id = :id")
                .param("id", id.value())
                .query(this::story)
                .optional();
    }

    List<Story> ofProgrammes(Collection<ProgrammeId> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM story WHERE programme_id IN (:p)
                        ORDER BY coalesce(approved_at, created_at) DESC, id LIMIT :limit
                        """)
                .param("p", programmes.stream().map(ProgrammeId::value).toList())
                .param("limit", GALLERY_LIMIT)
                .query(this::story)
                .list();
    }

    List<Story> ofBenefit(BenefitId benefit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE benefit_id = :b ORDER BY created_at DESC, id")
                .param("b", benefit.value())
                .query(this::story)
                .list();
    }

    Optional<Picture> picture(StoryId id) {
        return jdbc.sql("SELECT picture, picture_alt FROM story WHERE id = :id AND picture IS NOT NULL")
                .param("id", id.value())
                .query((rs, n) -> new Picture(rs.getBytes("picture"), rs.getString("picture_alt")))
                .optional();
    }

    void insert(Story s, byte[] picture) {
        jdbc.sql("""
                        INSERT INTO story (id, programme_id, benefit_id, title, body, people, units, picture,
                            picture_alt, status, version)
                        VALUES (:id, :p, :b, :title, :body, :people, :units, :picture, :alt, :status, :version)
                        """)
                .param("id", s.id().value())
                .param("p", s.programme().value())
                .param("b", s.benefit().value())
                .param("title", s.title())
                .param("body", s.text())
                .param("people", s.people())
                .param("units", s.units())
                .param("picture", picture, java.sql.Types.BINARY)
                .param("alt", s.pictureAlt())
                .param("status", s.status().name())
                .param("version", s.version())
                .update();
    }

    /**
     * Writes the story if it still has the version read; the picture is replaced when {@code picture} is given,
     * removed when {@code removePicture}, else kept (its text alternative is the story's).
     */
    boolean update(Story s, long expectedVersion, byte[] picture, boolean removePicture) {
        return jdbc.sql("""
                        UPDATE story SET title = :title, body = :body, people = :people, units = :units,
                            picture = CASE WHEN :remove THEN NULL ELSE coalesce(:picture, picture) END,
                            picture_alt = :alt, status = :status, figures = CAST(:figures AS jsonb),
                            approved_by = :by, approved_at = :at, version = :version
                        WHERE id = :id AND version = :expected
                        """)
                        .param("id", s.id().value())
                        .param("title", s.title())
                        .param("body", s.text())
                        .param("people", s.people())
                        .param("units", s.units())
                        .param("remove", removePicture)
                        .param("picture", picture, java.sql.Types.BINARY)
                        .param("alt", s.pictureAlt())
                        .param("status", s.status().name())
                        .param("figures", s.figures() == null ? null : json.writeValueAsString(s.figures()))
                        .param("by", s.approvedBy())
                        .param("at", s.approvedAt() == null ? null : Timestamp.from(s.approvedAt()))
                        .param("version", s.version())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    /** Deletes a draft that still has the version read; false when it has moved on or is approved. */
    boolean delete(StoryId id, long expectedVersion) {
        return jdbc.sql("DELETE FROM story WHERE id = :id AND version = :expected AND status = 'DRAFT'")
                        .param("id", id.value())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    long version(StoryId id) {
        return jdbc.sql("SELECT version FROM story WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    private Story story(ResultSet rs, int n) throws SQLException {
        String figures = rs.getString("figures");
        Timestamp at = rs.getTimestamp("approved_at");
        return new Story(
                new StoryId(rs.getObject("id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                new BenefitId(rs.getObject("benefit_id", UUID.class)),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("people"),
                rs.getString("units"),
                rs.getBoolean("has_picture"),
                rs.getString("picture_alt"),
                StoryStatus.valueOf(rs.getString("status")),
                figures == null ? null : json.readValue(figures, FrozenFigures.class),
                rs.getString("approved_by"),
                at == null ? null : at.toInstant(),
                rs.getLong("version"));
    }
}
