package no.gevinst.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an upload that says it is larger than the limit before anything reads it: the servlet container would
 * otherwise meet the limit while the CSRF filter looks for its token, and answer with its own bare 413. The API
 * gets a problem detail, a page is sent back to its form with the reason. Uploads that do not say their size are
 * stopped by the multipart limit itself and answered by {@link UploadLimitAdvice}.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSize(
            MessageSource messages,
            JsonMapper json,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize fileLimit) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Refusal(messages, json, limit, fileLimit));
        // After the session filter (the flash message lives in the session), before Spring Security's filters, which
        // read the parameters (and so the body) of a multipart request.
        // Spring Security's chain is registered at -100 and Spring Session's filter far below it.
        registration.setOrder(-110);
        return registration;
    }

    private static final class Refusal extends OncePerRequestFilter {

        private final MessageSource messages;
        private final JsonMapper json;
        private final DataSize limit;
        private final DataSize fileLimit;

        Refusal(MessageSource messages, JsonMapper json, DataSize limit, DataSize fileLimit) {
            this.messages = messages;
            this.json = json;
            this.limit = limit;
            this.fileLimit = fileLimit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
            if (!multipart || request.getContentLengthLong() <= limit.toBytes()) {
                chain.doFilter(request, response);
                return;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/")) {
                response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getOutputStream()
                        .write(json.writeValueAsBytes(UploadLimitAdvice.problem(messages, locale(request), fileLimit)));
                return;
            }
            FlashMap flash = new FlashMap();
            // The page shows the message itself, in its reader's language.
            flash.put("uploadError", "upload.tooLarge");
            flash.put("uploadLimitMb", fileLimit.toMegabytes());
            flash.setTargetRequestPath(request.getContextPath() + path);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + path);
        }

        /** The reader's language as the pages keep it (see WebConfiguration); this runs before they resolve it. */
        private static Locale locale(HttpServletRequest request) {
            if (request.getCookies() != null) {
                for (var cookie : request.getCookies()) {
                    if (cookie.getName().equals(WebConfiguration.LANGUAGE_COOKIE)) {
                        return Locale.forLanguageTag(cookie.getValue());
                    }
                }
            }
            return WebConfiguration.BOKMAL;
        }
    }
}
