package no.gevinst.access.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.gevinst.access.Users;
import no.gevinst.audit.ActorNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the audit log who its actors are: full names for the user names it records, and which user names a search
 * for a person means. The audit log cannot ask the access module itself, since the access module records its own
 * changes there.
 */
@Component
class AuditActorDirectory implements ActorNames {

    /** The actor the audit log records for the application's own changes; no user bears the name. */
    private static final String SYSTEM = "system";

    private final Users users;
    private final JdbcClient jdbc;

    AuditActorDirectory(Users users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> fullNames(Collection<String> usernames) {
        return users.displayNames(usernames);
    }

    @Override
    public Set<String> matching(String actor) {
        String text = actor.strip();
        Set<String> usernames = new LinkedHashSet<>();
        if (text.equalsIgnoreCase(SYSTEM)) {
            usernames.add(SYSTEM);
        }
        usernames.addAll(jdbc.sql("""
                        SELECT username FROM app_user
                        WHERE lower(username) = :text OR lower(display_name) LIKE :part ESCAPE '\\'
                        ORDER BY username
                        """)
                .param("text", text.toLowerCase(Locale.ROOT))
                .param("part", "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%")
                .query(String.class)
                .list());
        // A user name no user bears any more is still searched for as it was recorded.
        if (usernames.isEmpty()) {
            usernames.add(text);
        }
        return usernames;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
