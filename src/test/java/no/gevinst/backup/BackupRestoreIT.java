package no.gevinst.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipInputStream;
import no.gevinst.GevinstApplication;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.SecondNode;
import no.gevinst.TestUsers;
import no.gevinst.backup.domain.BackupManifest;
import no.gevinst.backup.domain.BackupRefusedException;
import no.gevinst.backup.domain.InstallationBackup;
import no.gevinst.backup.domain.InstallationRestore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the demo installation, restored by the command line into an empty data directory, gives the same
 * answers from the API as the installation it was taken from; a restore over an installation in use is refused
 * and changes nothing.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BackupRestoreIT {

    private static final Path WORK = Path.of("target/backup-it");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    InstallationBackup backup;

    @Autowired
    InstallationRestore restore;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupRestoredIntoAnEmptyDataDirectoryAnswersAsTheInstallationItWasTakenFrom() throws Exception {
        Path file = backUp("demo.zip");
        Path data = WORK.resolve("restored-" + System.nanoTime());
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int status = InstallationCommand.from(
                        "--restore=" + file,
                        "--spring.profiles.active=test",
                        "--gevinst.data-dir=" + data,
                        "--gevinst.embedded-postgres.clean=false")
                .orElseThrow()
                .run(GevinstApplication.class, new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(status).as(said.toString(StandardCharsets.UTF_8)).isZero();
        try (var restored = new SpringApplicationBuilder(GevinstApplication.class)
                .profiles("test")
                .run(
                        "--gevinst.data-dir=" + data,
                        "--gevinst.embedded-postgres.clean=false",
                        "--gevinst.demo=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off")) {
            int port = SecondNode.port(restored);
            for (String path : pathsToCompare()) {
                assertThat(fromRestored(port, path)).as(path).isEqualTo(fromHere(path));
            }
        }
    }

    @Test
    void aRestoreOverAnInstallationThatHoldsProgrammesIsRefusedAndChangesNothing() throws Exception {
        Path file = backUp("refused.zip");
        long before =
                jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

        assertThatThrownBy(() -> restore.restore(file, false))
                .isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("already holds programmes");

        assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingStarts() throws Exception {
        Path file = Files.writeString(Files.createDirectories(WORK).resolve("not-a-backup.zip"), "hello");
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int status = InstallationCommand.from("--restore=" + file)
                .orElseThrow()
                .run(GevinstApplication.class, new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("is not a Gevinst backup");
    }

    @Test
    void onlyAnAdministratorTakesABackupThroughTheApiAndItIsAudited() throws Exception {
        mvc.perform(get("/api/v1/installation/backup").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isForbidden());
        long before = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'installation'")
                .query(Long.class)
                .single();

        var result = mvc.perform(
                        get("/api/v1/installation/backup").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                .andExpect(status().isOk());

        List<String> entries = new ArrayList<>();
        try (var zip =
                new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains(BackupManifest.ENTRY, "tables/programme.copy", "tables/measurement.copy");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'installation'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    private Path backUp(String name) throws Exception {
        Path file = Files.createDirectories(WORK).resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            BackupManifest manifest = backup.writeTo(out);
            assertThat(manifest.rows()).isPositive();
        }
        return file;
    }

    private List<String> pathsToCompare() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/api/v1/programmes", "/api/v1/portfolio/dashboard"));
        for (JsonNode programme : fromHere("/api/v1/programmes")) {
            String id = programme.get("id").asString();
            paths.add("/api/v1/programmes/" + id + "/valuation");
            paths.add("/api/v1/programmes/" + id + "/plans");
            for (JsonNode plan : fromHere("/api/v1/programmes/" + id + "/plans")) {
                String versions = "/api/v1/plans/" + plan.get("id").asString() + "/versions";
                JsonNode all = fromHere(versions);
                paths.add(versions);
                if (all.size() > 1) {
                    int newest = all.get(0).get("number").asInt();
                    paths.add("/api/v1/plans/" + plan.get("id").asString() + "/comparison?from=1&to=" + newest);
                }
            }
        }
        return paths;
    }

    private JsonNode fromHere(String path) throws Exception {
        String body = mvc.perform(get(path).with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static JsonNode fromRestored(int port, String path) throws Exception {
        String credentials = TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }
}
