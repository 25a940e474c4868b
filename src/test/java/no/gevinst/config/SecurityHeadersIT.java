package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security headers as the real server sends them, over plain HTTP and behind a TLS-terminating proxy that says
 * so with {@code X-Forwarded-Proto}. Cookies are carried by hand: a client would send a Secure cookie only over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Map<String, String> BEHIND_HTTPS =
            Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyKindOfResponseCarriesTheContentSecurityPolicyAndTheOtherPolicies() throws Exception {
        for (String path : List.of("/login", "/benefits", "/css/gevinst.css", "/js/network.js", "/api/v1/programmes")) {
            HttpResponse<String> response = get(path, Map.of(), "");
            Map<String, String> policy = directives(response);
            assertThat(policy).as(path).containsEntry("script-src", "'self'");
            assertThat(policy.get("style-src")).as(path).isEqualTo("'self'");
            assertThat(policy)
                    .as(path)
                    .containsEntry("frame-ancestors", "'none'")
                    .containsEntry("object-src", "'none'")
                    .containsEntry("base-uri", "'self'")
                    .containsEntry("form-action", "'self'")
                    .containsEntry("default-src", "'self'");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    @Test
    void noPolicyAllowsInlineScriptNotEvenSwaggerUis() throws Exception {
        String cookie = login(Map.of());
        for (String path : List.of("/", "/swagger-ui/index.html")) {
            HttpResponse<String> page = get(path, Map.of(), cookie);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(directives(page).get("script-src")).as(path).isEqualTo("'self'");
        }
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheSessionCookieIsNotSecure() throws Exception {
        HttpResponse<String> loginPage = get("/login", Map.of(), "");
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> login = postLogin(Map.of(), loginPage);
        assertThat(sessionCookie(login)).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSentForAYear() throws Exception {
        HttpResponse<String> loginPage = get("/login", BEHIND_HTTPS, "");
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .as("the login form's CSRF cookie")
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));

        HttpResponse<String> login = postLogin(BEHIND_HTTPS, loginPage);
        assertThat(sessionCookie(login)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://").doesNotContain("error"));
    }

    private String login(Map<String, String> headers) throws IOException, InterruptedException {
        HttpResponse<String> login = postLogin(headers, get("/login", headers, ""));
        return sessionCookie(login).split(";", 2)[0];
    }

    private HttpResponse<String> postLogin(Map<String, String> headers, HttpResponse<String> loginPage)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).as("login page has a CSRF token").isTrue();
        String form = "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf="
                + encode(token.group(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(loginPage))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        headers.forEach(request::header);
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** The name=value part of every cookie the response set, as a browser would send them back. */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> directives(HttpResponse<?> response) {
        String policy = response.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("no Content-Security-Policy on " + response.uri()));
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
