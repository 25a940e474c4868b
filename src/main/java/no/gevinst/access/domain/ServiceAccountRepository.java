package no.gevinst.access.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.access.RoleAssignment;
import no.gevinst.access.ServiceAccount;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users machines act as: {@code app_user} rows of kind SERVICE, without a password. */
@Repository
class ServiceAccountRepository {

    private final JdbcClient jdbc;

    ServiceAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ServiceAccount> all() {
        Map<UUID, List<RoleAssignment>> roles = new HashMap<>();
        jdbc.sql("""
                        SELECT r.user_id, r.role, r.organisation_id, r.programme_id
                        FROM role_assignment r JOIN app_user u ON u.id = r.user_id
                        WHERE u.kind = 'SERVICE'
                        ORDER BY r.role, r.organisation_id NULLS FIRST, r.programme_id NULLS FIRST
                        """).query(rs -> {
            roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>())
                    .add(RoleColumns.read(rs));
        });
        return jdbc.sql("""
                        SELECT id, username, display_name, enabled FROM app_user
                        WHERE kind = 'SERVICE' ORDER BY display_name, username
                        """)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ServiceAccount(
                            new UserId(id),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getBoolean("enabled"),
                            roles.getOrDefault(id, List.of()));
                })
                .list();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE username = :u)")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    void insert(UserId id, String username, String displayName, List<RoleAssignment> roles, String grantedBy) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, kind)
                        VALUES (:id, :username, :displayName, NULL, 'SERVICE')
                        """)
                .param("id", id.value())
                .param("username", username)
                .param("displayName", displayName)
                .update();
        for (RoleAssignment role : roles) {
            jdbc.sql("""
                            INSERT INTO role_assignment (id, user_id, role, organisation_id, programme_id, granted_by)
                            VALUES (:id, :user, :role, :organisation, :programme, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("user", id.value())
                    .params(RoleColumns.of(role))
                    .param("by", grantedBy)
                    .update();
        }
    }
}
