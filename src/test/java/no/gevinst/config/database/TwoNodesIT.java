package no.gevinst.config.database;

import static no.gevinst.TestBrowser.csrfToken;
import static no.gevinst.TestBrowser.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.gevinst.SecondNode;
import no.gevinst.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Gevinst nodes against one external PostgreSQL, as behind a load balancer: started at the same moment
 * against an empty database, they migrate it, create the administrator and load the demo once; a session signed
 * in on one is valid on the other, and so is its logout; a write on one with a version the other has since
 * changed is refused; failed logins count across both; expired sessions are swept by one node per minute.
 */
class TwoNodesIT {

    private static final String DEMO_USER = "nina";
    private static final String DEMO_PASSWORD = "gevinst-demo";

    private static EmbeddedPostgres postgres;
    private static JdbcClient database;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startOneDatabaseAndTwoNodesAtTheSameMoment() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        createRolesAsTheReadmeSays(postgres);
        database = JdbcClient.create(postgres.getDatabase("postgres", "gevinst"));
        SecondNode.Database shared = new SecondNode.Database(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/gevinst",
                "gevinst",
                "app-secret",
                "gevinst_owner",
                "owner-secret");
        // The test holds the first start's locks, so that both nodes reach each check at the same moment; it lets
        // them go one lock at a time once both wait. Flyway's own lock meanwhile has raced unaided.
        // Advisory locks belong to a database: the holder must be in the nodes' one.
        try (Connection holder = postgres.getDatabase("postgres", "gevinst").getConnection();
                ExecutorService starting = Executors.newFixedThreadPool(2)) {
            lock(holder, "administrator", true);
            lock(holder, "demo-dataset", true);
            Future<ConfigurableApplicationContext> first = starting.submit(() -> SecondNode.start(shared));
            Future<ConfigurableApplicationContext> second = starting.submit(() -> SecondNode.start(shared));
            try {
                awaitBothNodesWaitingFor("administrator");
                lock(holder, "administrator", false);
                awaitBothNodesWaitingFor("demo-dataset");
                lock(holder, "demo-dataset", false);
            } catch (Exception | AssertionError e) {
                holder.close(); // lets the nodes go, so that the failure is reported rather than waited on
                throw e;
            } finally {
                a = first.get();
                b = second.get();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothStartedAndWhatMustHappenOnceHappenedOnce() {
        assertThat(health(a)).isEqualTo(200);
        assertThat(health(b)).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM app_user WHERE username = 'admin'"))
                .isOne();
        assertThat(count("""
                        SELECT count(*) FROM audit_log
                        WHERE entity_type = 'user' AND action = 'create' AND after_state->>'username' = 'admin'
                        """)).as("the administrator was created once").isOne();
        assertThat(count("SELECT count(*) FROM programme"))
                .as("the demo's three programmes (Trondheim kommune's shares a benefit), loaded once")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                .isZero();
        assertThat(count("SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history"))
                .as("each migration ran once")
                .isZero();
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE version = '25'"))
                .isOne();
        assertThat(RunningDatabase.hasEmbeddedServer(a) || RunningDatabase.hasEmbeddedServer(b))
                .as("a node against an external database has no embedded server to start or restart")
                .isFalse();
    }

    @Test
    void aSessionSignedInOnOneNodeIsValidOnTheOtherUntilItsLogoutOnEither() throws Exception {
        // The login page from B and its form sent to A, as a load balancer may: the CSRF token is in a cookie then.
        String session = formLogin(b, a, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        HttpResponse<String> onB = page(b, "/programmes", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Innlogget som Administrator");
        assertThat(page(a, "/programmes", session).statusCode()).isEqualTo(200);
        assertThat(page(b, "/programmes", null).statusCode())
                .as("without the cookie, B sends to the login")
                .isEqualTo(302);

        HttpResponse<String> logout = post(b, "/logout", "_csrf=" + encode(csrfToken(onB.body())), session);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

        HttpResponse<String> onA = page(a, "/programmes", session);
        assertThat(onA.statusCode()).as("logged out on B, so on A too").isEqualTo(302);
        assertThat(onA.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aWriteWithAVersionTheOtherNodeHasChangedIsRefusedWith409() throws Exception {
        String id = json.readTree(api(a, "GET", "/api/v1/organisations?q=983658776", null, null)
                        .body())
                .get(0)
                .get("id")
                .asString();
        HttpResponse<String> read = api(b, "GET", "/api/v1/organisations/" + id, null, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonNode organisation = json.readTree(read.body());

        HttpResponse<String> onA =
                api(a, "PUT", "/api/v1/organisations/" + id, update(organisation, " (endret på A)"), etag);
        assertThat(onA.statusCode()).isEqualTo(200);

        HttpResponse<String> onB =
                api(b, "PUT", "/api/v1/organisations/" + id, update(organisation, " (endret på B)"), etag);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(409);
        assertThat(json.readTree(api(b, "GET", "/api/v1/organisations/" + id, null, null)
                                .body())
                        .get("name")
                        .asString())
                .endsWith("(endret på A)");
    }

    @Test
    void failedLoginsOnBothNodesCountTogether() throws Exception {
        for (int failure = 1; failure <= 5; failure++) {
            ConfigurableApplicationContext node = failure % 2 == 1 ? a : b;
            assertThat(basic(node, DEMO_USER, "wrong-password").statusCode()).isEqualTo(401);
        }
        assertThat(count("SELECT failures FROM login_throttle WHERE subject = 'account:" + DEMO_USER + "'"))
                .as("three failures on A and two on B")
                .isEqualTo(5);
        // The fifth failure earned a wait of 2 s; only a very slow machine would let it pass before this request.
        HttpResponse<String> right = basic(b, DEMO_USER, DEMO_PASSWORD);
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void expiredSessionsAreSweptByOneNodeAMinuteAndSpringSessionsOwnCleanUpIsOff() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            assertThat(ReflectionTestUtils.getField(node.getBean(JdbcIndexedSessionRepository.class), "taskScheduler"))
                    .as("Spring Session's per-node cron")
                    .isNull();
        }
        database.sql("""
                        INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time)
                        VALUES (gen_random_uuid()::text, gen_random_uuid()::text, 0, 0, 60, 60000)
                        """).update();
        database.sql("UPDATE periodic_task SET last_run_at = '-infinity' WHERE task = :t")
                .param("t", ExpiredSessionSweep.TASK)
                .update();

        List<Integer> swept;
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            Future<Integer> onA =
                    both.submit(() -> a.getBean(ExpiredSessionSweep.class).sweep());
            Future<Integer> onB =
                    both.submit(() -> b.getBean(ExpiredSessionSweep.class).sweep());
            swept = List.of(onA.get(), onB.get());
        }
        assertThat(swept)
                .as("one node swept (the count), the other skipped (-1)")
                .containsOnlyOnce(-1)
                .anySatisfy(deleted -> assertThat(deleted).isPositive());
        assertThat(count("SELECT count(*) FROM spring_session WHERE expiry_time < 100000"))
                .isZero();
        assertThat(a.getBean(ExpiredSessionSweep.class).sweep())
                .as("within the minute")
                .isEqualTo(-1);
    }

    private static void awaitBothNodesWaitingFor(String work) {
        // A generous bound: on a quiet machine both wait within seconds, but a shared one may take minutes.
        Awaitility.await("the two nodes both wait for the lock on " + work)
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> waitingFor(work) >= 2);
    }

    /** The sessions waiting for the lock {@code AcrossNodes} takes for the work (a bigint key: two oid halves). */
    private static long waitingFor(String work) {
        return database.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted
                          AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(:name, 0)
                        """)
                .param("name", "gevinst:once:" + work)
                .query(Long.class)
                .single();
    }

    /** Takes or lets go of the lock that {@code AcrossNodes} takes for the work, for as long as this session. */
    private static void lock(Connection connection, String work, boolean take) throws Exception {
        try (var statement = connection.prepareStatement(
                "SELECT " + (take ? "pg_advisory_lock" : "pg_advisory_unlock") + "(hashtextextended(?, 0))")) {
            statement.setString(1, "gevinst:once:" + work);
            statement.execute();
        }
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

    private static long count(String sql) {
        return database.sql(sql).query(Long.class).single();
    }

    private String update(JsonNode organisation, String suffix) {
        var body = json.createObjectNode();
        body.put("name", organisation.get("name").asString() + suffix);
        body.put("type", organisation.get("type").asString());
        body.put("organisationNumber", organisation.get("organisationNumber").asString());
        body.set("parentId", organisation.get("parentId"));
        return json.writeValueAsString(body);
    }

    /**
     * Signs in through the login form as a browser does, with its CSRF token, the page from one node and the form
     * sent to another (cookies are per host, not per port); answers the SESSION cookie's value.
     */
    private static String formLogin(
            ConfigurableApplicationContext pageNode,
            ConfigurableApplicationContext postNode,
            String user,
            String password)
            throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrfToken(browser.send(request(pageNode, "/login").build(), HttpResponse.BodyHandlers.ofString())
                .body());
        HttpResponse<String> login = browser.send(
                request(postNode, "/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                                + encode(password) + "&_csrf=" + encode(token)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> page(ConfigurableApplicationContext node, String path, String session)
            throws Exception {
        HttpRequest.Builder request = request(node, path);
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return send(request.build());
    }

    private static HttpResponse<String> post(
            ConfigurableApplicationContext node, String path, String form, String session) throws Exception {
        return send(request(node, path)
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static HttpResponse<String> api(
            ConfigurableApplicationContext node, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = request(node, path)
                .setHeader("Accept", "application/json")
                .header("Authorization", basicCredentials(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    private static HttpResponse<String> basic(ConfigurableApplicationContext node, String user, String password)
            throws Exception {
        return send(request(node, "/api/v1/organisations")
                .setHeader("Accept", "application/json")
                .header("Authorization", basicCredentials(user, password))
                .build());
    }

    private static int health(ConfigurableApplicationContext node) {
        try {
            return send(request(node, "/actuator/health")
                            .setHeader("Accept", "application/json")
                            .build())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basicCredentials(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + SecondNode.port(node) + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
