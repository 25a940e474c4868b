package no.gevinst.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload above the limit is refused with a reason, through the real servlet container (whose bare 413 page the
 * API and the upload page used to get): a problem detail for the API, the upload page's own message for a browser.
 * The limit is made small here so that the test need not send 256 MB.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=2MB",
            "server.tomcat.max-swallow-size=8MB"
        })
@ActiveProfiles("test")
class UploadLimitIT {

    private static final String BOUNDARY = "gevinst-boundary";
    private static final byte[] TWO_MEGABYTES = ("indicator;organisation;periodStart;periodEnd;value\n"
                    + "x;y;2025-01-01;2025-01-31;1\n".repeat(80_000))
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theApiRefusesAnUploadAboveTheLimitWithAProblemDetailNamingTheLimit() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/measurements:import"))
                        .header("Authorization", basic())
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(TWO_MEGABYTES)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.body()).contains("upload.tooLarge").contains("1 MB");
    }

    @Test
    void theApiRefusesACsvBodyAboveTheLimitAsItReadsIt() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/measurements:import"))
                        .header("Authorization", basic())
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(TWO_MEGABYTES))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("ingest.file.tooLarge");
    }

    @Test
    void theUploadPageShowsWhyAFileAboveTheLimitWasRefused() throws Exception {
        logIn();
        String token = csrfToken(get("/measurements/import").body());
        HttpResponse<String> upload = http.send(
                HttpRequest.newBuilder(uri("/measurements/import?_csrf=" + token))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(TWO_MEGABYTES)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/measurements/import"));
        assertThat(get("/measurements/import").body()).contains("Filen er for stor: høyst 1 MB");
    }

    @Test
    void theUploadPageAsksForAFileBesideItsFieldWhenNoneWasSent() throws Exception {
        logIn();
        String token = csrfToken(get("/measurements/import").body());
        HttpResponse<String> upload = http.send(
                HttpRequest.newBuilder(uri("/measurements/import?_csrf=" + token))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(new byte[0])))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(upload.body()).contains("id=\"file-error\"").contains("Velg en fil å laste opp");
    }

    private void logIn() throws Exception {
        String token = csrfToken(get("/login").body());
        String form = "username=" + TestUsers.ADMIN + "&password=" + TestUsers.ADMIN_PASSWORD + "&_csrf=" + token;
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|_csrf=([A-Za-z0-9_-]+)")
                .matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    private static byte[] multipart(byte[] file) {
        String head =
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"malinger.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] out = new byte[head.length() + file.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
        System.arraycopy(file, 0, out, head.length(), file.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, out, head.length() + file.length, tail.length());
        return out;
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
