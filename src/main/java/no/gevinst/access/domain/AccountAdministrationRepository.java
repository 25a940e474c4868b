package no.gevinst.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and changes accounts and their grants for the administration pages; every change bumps the version. */
@Repository
class AccountAdministrationRepository {

    private static final String ACCOUNT = """
            SELECT u.id, u.username, u.display_name, u.email, u.enabled, u.must_change_password,
                   u.password_hash IS NOT NULL AS local_password,
                   (u.password_hash IS NULL AND NOT EXISTS (SELECT 1 FROM user_identity i WHERE i.user_id = u.id))
                       AS invited,
                   u.kind, u.last_sign_in_at, u.version
            FROM app_user u
            """;

    private final JdbcClient jdbc;

    AccountAdministrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts whose name, user name or e-mail contains the text (any when blank), by full name. */
    List<UserAccount> search(String text) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<UserAccount> accounts = jdbc.sql(ACCOUNT + """
                        WHERE :text = '' OR u.display_name ILIKE :like OR u.username ILIKE :like
                           OR coalesce(u.email, '') ILIKE :like
                        ORDER BY lower(u.display_name), u.username
                        """)
                .param("text", text)
                .param("like", like)
                .query(this::account)
                .list();
        return withGrants(accounts);
    }

    Optional<UserAccount> find(UserId id) {
        return jdbc.sql(ACCOUNT + " WHERE u.id = :id")
                .param("id", id.value())
                .query(this::account)
                .optional()
                .map(a -> withGrants(List.of(a)).getFirst());
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:u)")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean emailTakenByOther(String email, UserId self) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(email) = lower(:e) AND id <> :self")
                        .param("e", email)
                        .param("self", self.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UserId id, String username, String displayName, String email, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, email, password_hash)
                        VALUES (:id, :username, :displayName, :email, :hash)
                        """)
                .param("id", id.value())
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("hash", passwordHash)
                .update();
    }

    boolean updateDetails(UserId id, String displayName, String email, long expectedVersion) {
        return changed(
                "display_name = :displayName, email = :email",
                id,
                expectedVersion,
                Map.of("displayName", displayName, "email", email == null ? "" : email));
    }

    boolean setEnabled(UserId id, boolean enabled, long expectedVersion) {
        return changed("enabled = :enabled", id, expectedVersion, Map.of("enabled", enabled));
    }

    /** A new hash; {@code mustChange} when an administrator chose it, false when the user did. */
    boolean setPassword(UserId id, String hash, boolean mustChange, long expectedVersion) {
        return changed(
                "password_hash = :hash, must_change_password = :mustChange",
                id,
                expectedVersion,
                Map.of("hash", hash, "mustChange", mustChange));
    }

    /** Only the version: a grant or a withdrawal changes the account as a whole. */
    boolean touch(UserId id, long expectedVersion) {
        return changed("must_change_password = must_change_password", id, expectedVersion, Map.of());
    }

    private boolean changed(String set, UserId id, long expectedVersion, Map<String, Object> params) {
        var statement = jdbc.sql(
                        "UPDATE app_user SET " + set + ", version = version + 1 WHERE id = :id AND version = :expected")
                .param("id", id.value())
                .param("expected", expectedVersion);
        for (var p : params.entrySet()) {
            Object value = "email".equals(p.getKey()) && "".equals(p.getValue()) ? null : p.getValue();
            statement = statement.param(p.getKey(), value);
        }
        return statement.update() == 1;
    }

    Optional<String> passwordHash(UserId id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    UUID grant(UserId user, RoleAssignment assignment, String grantedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO role_assignment (id, user_id, role, organisation_id, programme_id, granted_by)
                        VALUES (:id, :user, :role, :organisation, :programme, :by)
                        """)
                .param("id", id)
                .param("user", user.value())
                .params(RoleColumns.of(assignment))
                .param("by", grantedBy)
                .update();
        return id;
    }

    void withdraw(UUID grant) {
        jdbc.sql("DELETE FROM role_assignment WHERE id = :id")
                .param("id", grant)
                .update();
    }

    /** Enabled accounts other than this one holding the administrator role everywhere. */
    long otherAdministrators(UserId self) {
        return jdbc.sql("""
                        SELECT count(DISTINCT u.id) FROM app_user u JOIN role_assignment r ON r.user_id = u.id
                        WHERE u.enabled AND u.id <> :self AND r.role = 'ADMINISTRATOR'
                          AND r.organisation_id IS NULL AND r.programme_id IS NULL
                        """).param("self", self.value()).query(Long.class).single();
    }

    private List<UserAccount> withGrants(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<UUID, List<Grant>> grants =
                grantsOf(accounts.stream().map(a -> a.id().value()).toList());
        List<UserAccount> complete = new ArrayList<>(accounts.size());
        for (UserAccount a : accounts) {
            complete.add(a.withGrants(grants.getOrDefault(a.id().value(), List.of())));
        }
        return complete;
    }

    private Map<UUID, List<Grant>> grantsOf(Collection<UUID> users) {
        Map<UUID, List<Grant>> grants = new HashMap<>();
        jdbc.sql("""
                        SELECT id, user_id, role, organisation_id, programme_id, granted_by, granted_at
                        FROM role_assignment WHERE user_id = ANY(:users) ORDER BY role, granted_at
                        """).param("users", users.toArray(UUID[]::new)).query(rs -> {
            grants.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
                    .add(grant(rs));
        });
        return grants;
    }

    static Grant grant(ResultSet rs) throws SQLException {
        RoleAssignment role = RoleColumns.read(rs);
        return new Grant(
                rs.getObject("id", UUID.class),
                role.role(),
                role.organisation(),
                role.programme(),
                rs.getString("granted_by"),
                instant(rs.getTimestamp("granted_at")));
    }

    private UserAccount account(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("local_password"),
                rs.getBoolean("invited"),
                rs.getString("kind"),
                instant(rs.getTimestamp("last_sign_in_at")),
                rs.getLong("version"),
                List.of());
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
