package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A JSON body beyond the limit (32 MB) is refused with 413 and a problem detail naming the body, whether it says its
 * length or comes in chunks, over real HTTP; nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestBodyLimitIT {

    private static final int OVER_LIMIT = 33 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJsonBodyThatSaysItIsTooLargeIsRefusedBeforeItIsRead() throws Exception {
        assertRefused(HttpRequest.BodyPublishers.ofByteArray(oversizedOrganisation()));
    }

    @Test
    void aChunkedJsonBodyIsRefusedWhenItPassesTheLimit() throws Exception {
        byte[] body = oversizedOrganisation();
        assertRefused(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    private void assertRefused(HttpRequest.BodyPublisher body) throws Exception {
        long organisations = count();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD))
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"body\"").contains("32 MB");
        assertThat(count()).isEqualTo(organisations);
    }

    /** A valid organisation whose name field carries 33 MB: only its size is wrong. */
    private static byte[] oversizedOrganisation() {
        String json = "{\"name\":\"" + "a".repeat(OVER_LIMIT)
                + "\",\"type\":\"KOMMUNE\",\"organisationNumber\":\"938587418\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
