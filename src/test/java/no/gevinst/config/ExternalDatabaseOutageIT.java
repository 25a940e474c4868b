package no.gevinst.config;

import static no.gevinst.TestBrowser.csrfToken;
import static no.gevinst.TestBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import no.gevinst.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An external PostgreSQL set up as the README says (an owner role for the migrations, an ordinary role for
 * Gevinst) goes away and comes back: meanwhile the API answers 503 with a problem detail and pages a 503 page,
 * logins included (never 401 or "wrong password"); afterwards Gevinst serves again by itself.
 */
class ExternalDatabaseOutageIT {

    private static final String NAME = "external-outage-it";

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private int port;

    @Test
    void answers503WhileTheDatabaseIsGoneAndServesAgainWhenItIsBack() throws Exception {
        Path directory = SeparateGevinst.postgresDirectory(NAME);
        int databasePort = freePort();
        // The library would delete a directory it was told to clean when the server stops; this one must survive.
        org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        EmbeddedPostgres postgres = external(directory, databasePort);
        createRolesAsTheReadmeSays(postgres);
        try (var gevinst = SeparateGevinst.start(
                NAME,
                "spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/gevinst",
                "spring.datasource.username=gevinst",
                "spring.datasource.password=app-secret",
                "gevinst.migration.username=gevinst_owner",
                "gevinst.migration.password=owner-secret")) {
            port = SeparateGevinst.port(gevinst);
            JdbcClient jdbc = gevinst.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'")
                            .query(String.class)
                            .single())
                    .isEqualTo("gevinst_owner");
            assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER ALL")
                            .update())
                    .isInstanceOf(DataAccessException.class);
            assertThat(api(TestUsers.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
            String loginToken = csrfToken(page("/login").body());

            postgres.close();

            HttpResponse<String> api = api(TestUsers.ADMIN_PASSWORD);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body())
                    .contains("\"type\":\"urn:gevinst:problem:database-unavailable\"")
                    .contains("\"status\":503")
                    .contains("Ingenting er lagret");
            assertThat(api("wrong-password").statusCode())
                    .as("no login can be judged")
                    .isEqualTo(503);
            HttpResponse<String> page = page("/programmes");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Databasen er utilgjengelig").doesNotContain("Exception");
            HttpResponse<String> login = login(loginToken);
            assertThat(login.statusCode())
                    .as("a login is not told its password is wrong")
                    .isEqualTo(503);

            postgres = external(directory, databasePort);
            Instant back = Instant.now();
            Awaitility.await("the API serves again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> api(TestUsers.ADMIN_PASSWORD).statusCode() == 200);
            System.out.printf(
                    "%nExternalDatabaseOutageIT: serving again %d ms after the database was back%n",
                    Duration.between(back, Instant.now()).toMillis());
            assertThat(page("/login").statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres external(Path directory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .start();
    }

    /** The README's snippet for an external PostgreSQL, run by its administrator. */
    private static void createRolesAsTheReadmeSays(EmbeddedPostgres postgres) throws Exception {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                var sql = admin.createStatement()) {
            sql.execute("CREATE ROLE gevinst_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE gevinst LOGIN PASSWORD 'app-secret'");
            sql.execute("CREATE DATABASE gevinst OWNER gevinst_owner");
            sql.execute("REVOKE ALL ON DATABASE gevinst FROM PUBLIC");
            sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE gevinst TO gevinst");
        }
    }

    private HttpResponse<String> api(String password) {
        String credentials = TestUsers.ADMIN + ":" + password;
        return send(HttpRequest.newBuilder(uri("/api/v1/organisations"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20))
                .build());
    }

    private HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20))
                .build());
    }

    private HttpResponse<String> login(String token) {
        String form = "username=" + encode(TestUsers.ADMIN) + "&password=" + encode(TestUsers.ADMIN_PASSWORD)
                + "&_csrf=" + encode(token);
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
