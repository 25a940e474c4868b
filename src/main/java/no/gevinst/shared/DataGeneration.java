package no.gevinst.shared;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The number V26's triggers move on at the commit of every write to a table any page reads (together with the data,
 * in the writer's transaction; a rolled-back or read-only transaction moves nothing). Two readings that find the same
 * number saw no commit in between, on any node: a cheap validity key for a result kept in memory. It lives in
 * {@code dashboard_generation}, named for the dashboard, its first user: the table is the shared module's (issue 21),
 * since every module's tables move it and modules below the portfolio read it, and every module, the portfolio too,
 * reads it only through this class.
 */
@Component
public class DataGeneration {

    private final JdbcClient jdbc;

    DataGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation now: one single-row read. */
    public long current() {
        return now().generation();
    }

    /**
     * The generation and the database's date, in one single-row read: a kept result whose SQL compares with
     * {@code current_date} (an indicator gone stale) is valid for both, since the date moves without any write.
     */
    public Now now() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && READS.contains(request.getRequest().getMethod())) {
            // A page that only reads asks once: every part it keeps is checked against the same reading, which is
            // what one consistent page needs (a GET writes nothing that could move the number in between).
            Object read = request.getAttribute(READ_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
            if (read instanceof Now now) {
                return now;
            }
            Now now = read();
            request.setAttribute(READ_IN_THIS_REQUEST, now, RequestAttributes.SCOPE_REQUEST);
            return now;
        }
        return read();
    }

    /**
     * The generation read now, never the one a page request has already read: for a reader in a transaction of one
     * snapshot (REPEATABLE READ) that must key what it computes by the generation of that very snapshot.
     */
    public long inThisTransaction() {
        return read().generation();
    }

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String READ_IN_THIS_REQUEST = DataGeneration.class.getName();

    private Now read() {
        return jdbc.sql("SELECT generation, current_date AS today FROM dashboard_generation")
                .query((rs, n) -> new Now(rs.getLong("generation"), rs.getObject("today", LocalDate.class)))
                .single();
    }

    /** A generation and the date it was read on. */
    public record Now(long generation, LocalDate today) {}
}
