package no.gevinst.config.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session marks a session changed on every request, only because its last access moved, and writes its row
 * again: an UPDATE of {@code spring_session} (and of the expiry index) with a WAL flush for every page and fragment a
 * signed-in user asks for. With an 8-hour idle timeout a last access a minute old is good enough, so the row is
 * written only when the access has moved by {@value #TOUCH_MILLIS} ms or more, or when anything else in it changed
 * (a new session id at sign-in, the principal, the timeout). The skipped UPDATE matches no row, writes nothing and
 * leaves the transaction read-only, so its commit waits for no disk. The cost: a session may end up to a minute
 * before eight idle hours are over. Attributes are saved as before.
 *
 * <p>Spring Session binds the statement's parameters by position, in this order: session id, last access, timeout,
 * expiry, principal name, primary id; the derived table {@code t} names them once so the condition can use them.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

    static final long TOUCH_MILLIS = 60_000;

    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% SET SESSION_ID = t.new_id, LAST_ACCESS_TIME = t.new_access,
                MAX_INACTIVE_INTERVAL = t.new_timeout, EXPIRY_TIME = t.new_expiry, PRINCIPAL_NAME = t.new_principal
            FROM (SELECT CAST(? AS CHAR(36)) AS new_id, CAST(? AS BIGINT) AS new_access, CAST(? AS INT) AS new_timeout,
                         CAST(? AS BIGINT) AS new_expiry, CAST(? AS VARCHAR(100)) AS new_principal,
                         CAST(? AS CHAR(36)) AS the_primary_id) t
            WHERE PRIMARY_ID = t.the_primary_id
              AND (SESSION_ID <> t.new_id
                   OR MAX_INACTIVE_INTERVAL <> t.new_timeout
                   OR PRINCIPAL_NAME IS DISTINCT FROM t.new_principal
                   OR t.new_access >= LAST_ACCESS_TIME + """ + TOUCH_MILLIS + ")";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> touchSessionsOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
    }

    /**
     * Requests of one session run at once (a page and its htmx fragments, a user's second tab), and each that sets an
     * attribute the stored session lacks inserts it: the second insert broke the attributes' key and its request
     * answered 500 (seen in a load test: 12 of 4 000 requests right after signing in). Spring Session's PostgreSQL
     * statement writes the attribute over the other's instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenByConcurrentRequests() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
