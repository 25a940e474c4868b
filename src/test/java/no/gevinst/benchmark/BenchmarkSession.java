package no.gevinst.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in browser session over plain HTTP, so that benchmarks time whole pages as a reader gets them. */
final class BenchmarkSession {

    private final HttpClient http;
    private final int port;

    private BenchmarkSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain HTTP/1.1 with keep-alive, as a browser talks to the app behind a proxy: no h2c upgrade.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Logs in through the login form, with its CSRF token, as a demo user. */
    static BenchmarkSession logIn(int port, String username) throws Exception {
        BenchmarkSession session = new BenchmarkSession(port);
        String loginPage = session.http
                .send(session.request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        token.find();
        session.http.send(
                session.request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=gevinst-demo&_csrf="
                                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    /** Fetches a page or resource whole; anything but 200 stops the benchmark. */
    void get(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    /** What one request got: the status and the size of the body as sent (compressed when the server compressed). */
    record Response(int status, int bytes) {}

    /**
     * Fetches a page or resource whole, as a browser asks for it (accepting gzip), and tells the status instead of
     * throwing: the load test counts anything but 200 as an error.
     */
    Response fetch(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(
                request(path)
                        .header("Accept-Encoding", "gzip")
                        .timeout(Duration.ofMinutes(5))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.body().length);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
