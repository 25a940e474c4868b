package no.gevinst.config.web;

import static no.gevinst.TestBrowser.csrfToken;
import static no.gevinst.TestBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import no.gevinst.TestBrowser;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every request pays beside its own work, checked against the running server: responses are compressed when
 * the client asks and only then; the WebJar's link keeps its version while other links are left as written, and
 * browsers may keep the static files; a signed-in session's row is written again only when its last access has moved
 * by a minute, and two requests of a session may both add an attribute; and the API with HTTP Basic stores no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhatEveryRequestPaysIT {

    private static final Pattern HTMX =
            Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void sendsPagesStyleSheetsAndScriptsGzippedWhenAskedAndPlainOtherwise() throws Exception {
        for (String path : new String[] {"/login", "/css/gevinst.css", "/js/network.js"}) {
            HttpResponse<byte[]> plain = send(path, null);
            HttpResponse<byte[]> gzipped = send(path, "gzip");

            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary").toString().toLowerCase())
                    .contains("accept-encoding");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
            if (!path.equals("/login")) { // the login page's CSRF token differs between the two
                assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void theWebJarsLinkCarriesItsVersionAndOtherLinksAreLeftAsWritten() throws Exception {
        TestBrowser browser = signIn().browser();
        String page = browser.get("/benefits").body();

        Matcher htmx = HTMX.matcher(page);
        assertThat(htmx.find()).as("versioned htmx link").isTrue();
        assertThat(browser.get(htmx.group(1)).statusCode()).isEqualTo(200);
        assertThat(page).contains("href=\"/css/gevinst.css\"", "href=\"/benefits/export.csv\"");
        assertThat(browser.get("/css/gevinst.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/css/finnes-ikke.css").statusCode()).isEqualTo(404);
    }

    @Test
    void browsersKeepOurFilesIfTheyAskAgainAndAVersionedWebJarForAYear() throws Exception {
        HttpResponse<byte[]> css = send("/css/gevinst.css", null);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String lastModified = css.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/gevinst.css"))
                        .header("If-Modified-Since", lastModified)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);

        Matcher htmx = HTMX.matcher(signIn().browser().get("/benefits").body());
        assertThat(htmx.find()).isTrue();
        assertThat(send(htmx.group(1), null).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
    }

    @Test
    void aSessionsRowIsWrittenAgainOnlyWhenItsLastAccessIsAMinuteOld() throws Exception {
        SignedIn signedIn = signIn();
        TestBrowser browser = signedIn.browser();
        String session = signedIn.session();
        long atLogin = lastAccess(session);

        Thread.sleep(5); // a later millisecond than the login's, which Spring Session would otherwise write
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).isEqualTo(atLogin);

        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 61000 WHERE session_id = :id")
                .param("id", session)
                .update();
        long before = System.currentTimeMillis();
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).isGreaterThanOrEqualTo(before);
    }

    /**
     * Two requests of one session that both set an attribute the stored session lacks, as concurrent requests right
     * after signing in do: the second write must not break the attributes' key (it answered 500).
     */
    @Test
    @SuppressWarnings("unchecked") // the repository's own session type is not public
    void twoRequestsOfOneSessionMaySetTheSameNewAttribute() {
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) this.sessions;
        Session created = sessions.createSession();
        sessions.save(created);
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());

        first.setAttribute("checked", "first");
        second.setAttribute("checked", "second");
        sessions.save(first);
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute("checked"))
                .isEqualTo("second");
        sessions.deleteById(created.getId());
    }

    @Test
    void theApiWithHttpBasicStoresNoSession() throws Exception {
        long since = System.currentTimeMillis();
        String basic = Base64.getEncoder()
                .encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programmes"))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= :since")
                        .param("since", since)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** A browser signed in as the administrator, and its session's id (Spring Session's cookie holds it in Base64). */
    private record SignedIn(TestBrowser browser, String session) {}

    private SignedIn signIn() throws Exception {
        TestBrowser browser = new TestBrowser(port);
        String token = csrfToken(browser.get("/login").body());
        HttpResponse<String> login = browser.post(
                "/login",
                "username=" + TestUsers.ADMIN + "&password=" + encode(TestUsers.ADMIN_PASSWORD) + "&_csrf="
                        + encode(token));
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        String value = cookie.substring("SESSION=".length(), cookie.indexOf(';'));
        return new SignedIn(browser, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
    }

    private long lastAccess(String session) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id")
                .param("id", session)
                .query(Long.class)
                .single();
    }

    private HttpResponse<byte[]> send(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
