package no.gevinst.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user with their roles in one statement (a left join: a user without roles is one row of nulls). It runs on
     * every request of a signed-in session ({@code FreshRolesFilter}), so one round trip instead of two; and the rows
     * are read to the end before any other query, so a login holds one pooled connection, not two.
     */
    Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled,
                               r.role, r.organisation_id, r.programme_id
                        FROM app_user u LEFT JOIN role_assignment r ON r.user_id = u.id
                        WHERE u.username = :u
                        ORDER BY r.role, r.organisation_id, r.programme_id
                        """).param("u", username).query((ResultSetExtractor<Optional<CurrentUser>>)
                UserAccountRepository::userWithRoles);
    }

    private static Optional<CurrentUser> userWithRoles(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        UserId id = new UserId(rs.getObject("id", UUID.class));
        String name = rs.getString("username");
        String displayName = rs.getString("display_name");
        String hash = rs.getString("password_hash");
        boolean enabled = rs.getBoolean("enabled");
        List<RoleAssignment> roles = new ArrayList<>();
        do {
            if (rs.getString("role") != null) {
                roles.add(RoleColumns.read(rs));
            }
        } while (rs.next());
        return Optional.of(new CurrentUser(id, name, displayName, hash, enabled, roles));
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UserId id, String username, String displayName, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash)
                        VALUES (:id, :username, :displayName, :hash)
                        """)
                .param("id", id.value())
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .update();
    }

    void assign(UserId user, RoleAssignment assignment) {
        jdbc.sql("""
                        INSERT INTO role_assignment (id, user_id, role, organisation_id, programme_id)
                        VALUES (:id, :user, :role, :organisation, :programme)
                        """)
                .param("id", UUID.randomUUID())
                .param("user", user.value())
                .params(RoleColumns.of(assignment))
                .update();
    }

    List<RoleAssignment> rolesOf(UserId user) {
        return jdbc.sql(
                        "SELECT role, organisation_id, programme_id FROM role_assignment WHERE user_id = :user ORDER BY role")
                .param("user", user.value())
                .query((rs, n) -> RoleColumns.read(rs))
                .list();
    }

    java.util.Map<String, String> displayNames(java.util.Set<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:names)")
                .param("names", usernames)
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }

    /** A rehash of the same password (an old algorithm's hash rewritten at login). */
    void replaceHash(String username, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :u")
                .param("hash", hash)
                .param("u", username)
                .update();
    }

    /** True when the user must choose a new password before doing anything else. */
    boolean mustChangePassword(String username) {
        return jdbc.sql("SELECT must_change_password FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
