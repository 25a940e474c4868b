package no.gevinst.config.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every response carries, pages and API alike, on top of Spring Security's defaults (no sniffing, no
 * framing, no caching of pages).
 *
 * <p>The Content-Security-Policy allows scripts only from Gevinst's own files, never inline. Style sheets too come
 * only from our files; the one exception is the {@code style} attribute, allowed through {@code style-src-attr}
 * alone: a few pages set a width or colour computed on the server there (the tornado bars of the valuation, the
 * legend swatches of the benefit map, the flows drawing's size), and an attribute can hold no script. A
 * {@code <style>} element is still refused. htmx is told not to add its own indicator {@code <style>} (see the
 * page's {@code htmx-config}). Designsystemet draws its icons as {@code data:} SVG images in its CSS.
 *
 * <p>HSTS is sent only on requests that arrived over HTTPS, which behind a proxy means one that said so with
 * {@code X-Forwarded-Proto} (see {@code server.forward-headers-strategy}); over plain HTTP on localhost it would
 * make no sense.
 */
final class SecurityHeaders {

    static final String POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Swagger UI (at {@code /api-docs}, behind login) is a React application that writes {@code <style>} elements and
     * shows {@code data:} images; it still runs no inline script.
     */
    static final String SWAGGER_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final RequestMatcher SWAGGER_UI =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        return headers -> headers.addHeaderWriter(contentSecurityPolicy())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(365L * 24 * 60 * 60).includeSubDomains(true));
    }

    private static HeaderWriter contentSecurityPolicy() {
        HeaderWriter swagger = new DelegatingRequestMatcherHeaderWriter(
                SWAGGER_UI, new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY));
        HeaderWriter pages = new DelegatingRequestMatcherHeaderWriter(
                request -> !SWAGGER_UI.matches(request), new StaticHeadersWriter("Content-Security-Policy", POLICY));
        return (request, response) -> {
            swagger.writeHeaders(request, response);
            pages.writeHeaders(request, response);
        };
    }
}
