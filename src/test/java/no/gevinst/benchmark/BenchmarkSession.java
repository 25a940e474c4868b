package no.gevinst.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
