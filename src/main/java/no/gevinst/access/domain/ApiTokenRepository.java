package no.gevinst.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.ApiToken;
import no.gevinst.access.ApiTokenId;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens and their scopes, and the little of their users that a token's use needs. */
@Repository
class ApiTokenRepository {

    private static final String COLUMNS = """
            SELECT t.id, t.user_id, u.username, t.name, t.prefix, t.created_by, t.created_at, t.expires_at,
                   t.last_used_at, t.revoked_at, t.revoked_by, t.version
            FROM api_token t JOIN app_user u ON u.id = t.user_id
            """;

    /** A user as token administration sees it. */
    record TokenUser(UserId id, String username, String displayName, boolean service, boolean enabled) {}

    /** A live token found by its secret's hash, with whether its last use is old enough to note again. */
    record Found(ApiTokenId id, TokenUser user, boolean useToNote) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            ApiTokenId id,
            UserId user,
            String name,
            String hash,
            String prefix,
            String createdBy,
            int days,
            List<RoleAssignment> scopes) {
        jdbc.sql("""
                        INSERT INTO api_token (id, user_id, name, token_hash, prefix, created_by, expires_at)
                        VALUES (:id, :user, :name, :hash, :prefix, :by, now() + make_interval(days => :days))
                        """)
                .param("id", id.value())
                .param("user", user.value())
                .param("name", name)
                .param("hash", hash)
                .param("prefix", prefix)
                .param("by", createdBy)
                .param("days", days)
                .update();
        for (RoleAssignment scope : scopes) {
            jdbc.sql("""
                            INSERT INTO api_token_scope (id, token_id, role, organisation_id, programme_id)
                            VALUES (:id, :token, :role, :organisation, :programme)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("token", id.value())
                    .params(RoleColumns.of(scope))
                    .update();
        }
    }

    Optional<ApiToken> find(ApiTokenId id) {
        List<ApiToken> found = withScopes(jdbc.sql(COLUMNS + " WHERE t.id = :id")
                .param("id", id.value())
                .query(ApiTokenRepository::token)
                .list());
        return found.stream().findFirst();
    }

    /** A user's tokens, live ones first, newest first. */
    List<ApiToken> ofUser(UserId user) {
        return withScopes(jdbc.sql(COLUMNS + """
                         WHERE t.user_id = :user
                        ORDER BY (t.revoked_at IS NULL AND t.expires_at > now()) DESC, t.created_at DESC, t.id
                        """)
                .param("user", user.value())
                .query(ApiTokenRepository::token)
                .list());
    }

    /** Revokes the token if it still has the version read; false when someone changed it meanwhile. */
    boolean revoke(ApiTokenId id, long expectedVersion, String by) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = now(), revoked_by = :by, version = version + 1
                        WHERE id = :id AND version = :version AND revoked_at IS NULL
                        """)
                        .param("id", id.value())
                        .param("version", expectedVersion)
                        .param("by", by)
                        .update()
                == 1;
    }

    /** The live token with this hash, of a user who is not deactivated. */
    Optional<Found> live(String hash) {
        return jdbc.sql("""
                        SELECT t.id, u.id AS user_id, u.username, u.display_name, u.kind, u.enabled,
                               (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS note
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled
                        """)
                .param("hash", hash)
                .query((rs, n) ->
                        new Found(new ApiTokenId(rs.getObject("id", UUID.class)), user(rs), rs.getBoolean("note")))
                .optional();
    }

    /**
     * Notes that the token was used. Its version stays: a use is no change of the token, and must not make a revoke
     * carrying the version read fail. The condition keeps busy machines from writing on every call.
     */
    void noteUse(ApiTokenId id) {
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = now()
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                        """).param("id", id.value()).update();
    }

    List<RoleAssignment> scopes(ApiTokenId token) {
        return jdbc.sql("SELECT role, organisation_id, programme_id FROM api_token_scope WHERE token_id = :token")
                .param("token", token.value())
                .query((rs, n) -> RoleColumns.read(rs))
                .list();
    }

    List<RoleAssignment> rolesOf(UserId user) {
        return jdbc.sql("""
                        SELECT role, organisation_id, programme_id FROM role_assignment WHERE user_id = :user
                        ORDER BY role, organisation_id NULLS FIRST, programme_id NULLS FIRST
                        """)
                .param("user", user.value())
                .query((rs, n) -> RoleColumns.read(rs))
                .list();
    }

    Optional<TokenUser> user(String username) {
        return jdbc.sql("SELECT id AS user_id, username, display_name, kind, enabled FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> user(rs))
                .optional();
    }

    private List<ApiToken> withScopes(List<ApiToken> tokens) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        Map<UUID, List<RoleAssignment>> scopes = new HashMap<>();
        jdbc.sql("SELECT token_id, role, organisation_id, programme_id FROM api_token_scope WHERE token_id IN (:ids)")
                .param("ids", ids(tokens))
                .query(rs -> {
                    scopes.computeIfAbsent(rs.getObject("token_id", UUID.class), k -> new ArrayList<>())
                            .add(RoleColumns.read(rs));
                });
        return tokens.stream()
                .map(t -> t.withScopes(scopes.getOrDefault(t.id().value(), List.of())))
                .toList();
    }

    private static Collection<UUID> ids(List<ApiToken> tokens) {
        return tokens.stream().map(t -> t.id().value()).toList();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                new ApiTokenId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                List.of(),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by"),
                rs.getLong("version"));
    }

    private static TokenUser user(ResultSet rs) throws SQLException {
        return new TokenUser(
                new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                "SERVICE".equals(rs.getString("kind")),
                rs.getBoolean("enabled"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
