package no.gevinst.config.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the session store and Spring Security: while the database is gone every request but a static
 * file gets 503 at once. A request that finds it gone on the way (the login's user lookup, the session) gets
 * 503 too, never the 401 or the login page that Spring Security would make of a failed lookup.
 */
@Component
class DatabaseAvailabilityFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Session's repository filter (MIN_VALUE + 50) and Spring Security (-100). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final List<String> STATIC_FILES =
            List.of("/css/", "/js/", "/vendor/", "/webjars/", "/images/", "/favicon.ico", "/manifest.webmanifest");

    private final DatabaseAvailability availability;
    private final DatabaseUnavailableResponse unavailable;

    DatabaseAvailabilityFilter(DatabaseAvailability availability, DatabaseUnavailableResponse unavailable) {
        this.availability = availability;
        this.unavailable = unavailable;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_FILES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isUp()) {
            unavailable.write(request, response);
            return;
        }
        availability.forgetThisThread();
        try {
            RefusalHoldingResponse held = new RefusalHoldingResponse(response, this::databaseGone);
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!DatabaseOutage.caused(e) || response.isCommitted()) {
                    throw e;
                }
                availability.markDown(e);
                unavailable.write(request, response);
                return;
            }
            if (held.refusalHeld()) {
                unavailable.write(request, response);
            }
        } finally {
            availability.forgetThisThread();
        }
    }

    /**
     * Asked when a login is about to be refused. A lookup that failed for want of the database has marked this
     * thread (the pool reports every lost connection), even if the database has come back since.
     */
    private boolean databaseGone() {
        return availability.lostOnThisThread() || !availability.isUp();
    }
}
