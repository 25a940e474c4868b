package no.gevinst.access.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identities at OpenID Connect providers (table {@code user_identity}) and the user rows sign-in touches. */
@Repository
class IdentityRepository {

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user the issuer's subject is bound to. */
    Optional<UserId> userOf(String issuer, String subject) {
        return jdbc.sql("SELECT user_id FROM user_identity WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(UUID.class)
                .optional()
                .map(UserId::new);
    }

    /** Remembers that the identity was seen now, with the organisation number the provider gave this time. */
    void seen(String issuer, String subject, String organisationNumber) {
        jdbc.sql("""
                        UPDATE user_identity SET last_seen_at = now(), organisation_number = :number
                        WHERE issuer = :issuer AND subject = :subject
                        """)
                .param("issuer", issuer)
                .param("subject", subject)
                .param("number", organisationNumber)
                .update();
    }

    /** The invited user with this address: a person with no password and no identity bound yet. */
    Optional<UserId> invited(String email) {
        return jdbc.sql("""
                        SELECT id FROM app_user u
                        WHERE lower(u.email) = lower(:email) AND u.password_hash IS NULL AND u.kind = 'PERSON'
                          AND NOT EXISTS (SELECT 1 FROM user_identity i WHERE i.user_id = u.id)
                        """).param("email", email).query(UUID.class).optional().map(UserId::new);
    }

    UUID bind(UserId user, ProviderIdentity identity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO user_identity (id, user_id, provider, issuer, subject, organisation_number)
                        VALUES (:id, :user, :provider, :issuer, :subject, :number)
                        """)
                .param("id", id)
                .param("user", user.value())
                .param("provider", identity.provider())
                .param("issuer", identity.issuer())
                .param("subject", identity.subject())
                .param("number", identity.organisationNumber())
                .update();
        return id;
    }

    /** A person who signs in only through identity providers: no password. */
    void insertUser(UserId id, String username, String displayName, String email) {
        jdbc.sql("""
                        INSERT INTO app_user (id, username, display_name, password_hash, email)
                        VALUES (:id, :username, :displayName, NULL, :email)
                        """)
                .param("id", id.value())
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<String> usernameOf(UserId user) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id")
                .param("id", user.value())
                .query(String.class)
                .optional();
    }

    /** Grants the role unless the user holds it already; true when it was granted now. */
    boolean grant(UserId user, RoleAssignment assignment, String grantedBy) {
        return jdbc.sql("""
                                INSERT INTO role_assignment (id, user_id, role, organisation_id, programme_id, granted_by)
                                VALUES (:id, :user, :role, :organisation, :programme, :grantedBy)
                                ON CONFLICT DO NOTHING
                                """)
                        .param("id", UUID.randomUUID())
                        .param("user", user.value())
                        .params(RoleColumns.of(assignment))
                        .param("grantedBy", grantedBy)
                        .update()
                > 0;
    }

    /** The organisation numbers the user's identity providers last gave. */
    List<String> organisationNumbersOf(UserId user) {
        return jdbc.sql("""
                        SELECT DISTINCT organisation_number FROM user_identity
                        WHERE user_id = :user AND organisation_number IS NOT NULL ORDER BY organisation_number
                        """).param("user", user.value()).query(String.class).list();
    }

    void signedIn(UserId user) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = now() WHERE id = :id")
                .param("id", user.value())
                .update();
    }
}
