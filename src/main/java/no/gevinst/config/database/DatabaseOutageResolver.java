package no.gevinst.config.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a page or API call that lost the database on the way with the same 503 as the filter does. It runs
 * before every other exception resolver, so no {@code @ExceptionHandler} for {@code Exception} can turn an outage
 * into a 500.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    private final DatabaseAvailability availability;
    private final DatabaseUnavailableResponse unavailable;

    DatabaseOutageResolver(DatabaseAvailability availability, DatabaseUnavailableResponse unavailable) {
        this.availability = availability;
        this.unavailable = unavailable;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (!DatabaseOutage.caused(e) || response.isCommitted()) {
            return null;
        }
        availability.markDown(e);
        try {
            unavailable.write(request, response);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new ModelAndView();
    }
}
