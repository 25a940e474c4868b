package no.gevinst.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@GevinstIntegrationTest
@AutoConfigureMockMvc
class ProgrammeImportIT {

    static final RequestPostProcessor ADMIN = httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    no.gevinst.TestProgrammes testProgrammes;

    @Autowired
    no.gevinst.TestUsers users;

    @Autowired
    no.gevinst.story.Stories stories;

    @Test
    void refusesADocumentNamingEveryProblemByItsPathAndWritesNothing() throws Exception {
        ObjectNode document = export("HP");
        ((ObjectNode) document.get("organisations").get(0)).put("organisationNumber", "999999999");
        ((ObjectNode) document.get("people").get(0)).put("email", "nobody@example.invalid");
        ObjectNode benefit = (ObjectNode) document.at("/parts/benefits/benefit/1");
        benefit.put("expected_start", "the first of May");
        benefit.put("colour", "red");
        ((ObjectNode) document.at("/measurements/0")).put("value", "many");
        long before = programmeCount();

        MockHttpServletResponse response = importing(document, "?copy=true", ADMIN);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(fields(response))
                .contains(
                        "$.organisations[0].organisationNumber",
                        "$.people[0].email",
                        "$.parts.benefits.benefit[1].expected_start",
                        "$.parts.benefits.benefit[1].colour",
                        "$.measurements[0].value");
        assertThat(programmeCount()).isEqualTo(before);
    }

    static final String RESULTS = "$.parts.maturity.maturity_result";

    @Test
    void refusesAMaturityResultOfFewerThanFiveRespondentsAndWritesNothing() throws Exception {
        ObjectNode document = export("HP");
        assertThat(document.at("/parts/maturity/maturity_result").size()).isPositive();
        ((ObjectNode) document.at("/parts/maturity/maturity_result/0")).put("respondents", 4);
        long before = programmeCount();

        MockHttpServletResponse response = importing(document, "?copy=true", ADMIN);

        assertThat(codes(response))
                .containsExactly(
                        java.util.Map.entry(RESULTS + "[0].respondents", "transfer.maturity.tooFewRespondents"));
        assertThat(programmeCount()).isEqualTo(before);
    }

    /**
     * Stored results stand in for a round's answers only once it is closed, so a document may carry them only for a
     * closed round: every row and total of a round marked open is refused, named by its path, and nothing written.
     */
    @Test
    void refusesMaturityResultsForARoundThatIsNotClosed() throws Exception {
        ObjectNode document = export("HP");
        String round = document.at("/parts/maturity/maturity_result/0/round_id").asString();
        for (JsonNode r : document.at("/parts/maturity/maturity_round")) {
            if (r.get("id").asString().equals(round)) {
                ((ObjectNode) r).put("status", "OPEN");
            }
        }
        List<String> expected = new ArrayList<>();
        expected.addAll(pathsOfRound(document, "maturity_result", round));
        expected.addAll(pathsOfRound(document, "maturity_result_total", round));
        long before = programmeCount();

        MockHttpServletResponse response = importing(document, "?copy=true", ADMIN);

        assertThat(fields(response)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(codes(response)).containsValue("transfer.maturity.roundNotClosed");
        assertThat(programmeCount()).isEqualTo(before);
    }

    @Test
    void refusesMaturityResultsForAUnitADimensionOrARoundTheDocumentDoesNotGiveIt() throws Exception {
        ObjectNode document = export("HP");
        ObjectNode results = (ObjectNode) document.at("/parts/maturity");
        assertThat(results.get("maturity_result").size()).isGreaterThanOrEqualTo(3);
        ((ObjectNode) results.at("/maturity_result/0"))
                .put("organisation_id", java.util.UUID.randomUUID().toString());
        ((ObjectNode) results.at("/maturity_result/1")).put("dimension", "courage");
        ((ObjectNode) results.at("/maturity_result/2"))
                .put("round_id", java.util.UUID.randomUUID().toString());
        long before = programmeCount();

        MockHttpServletResponse response = importing(document, "?copy=true", ADMIN);

        assertThat(codes(response))
                .containsOnly(
                        java.util.Map.entry(RESULTS + "[0].organisation_id", "transfer.maturity.unitUnknown"),
                        java.util.Map.entry(RESULTS + "[1].dimension", "transfer.maturity.dimensionUnknown"),
                        java.util.Map.entry(RESULTS + "[2].round_id", "transfer.maturity.roundUnknown"));
        assertThat(programmeCount()).isEqualTo(before);
    }

    static List<String> pathsOfRound(JsonNode document, String table, String round) {
        List<String> paths = new ArrayList<>();
        JsonNode rows = document.at("/parts/maturity/" + table);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("round_id").asString().equals(round)) {
                paths.add("$.parts.maturity." + table + "[" + i + "].round_id");
            }
        }
        assertThat(paths).as(table).isNotEmpty();
        return paths;
    }

    /** The refusal's errors: each field's message code. */
    java.util.Map<String, String> codes(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("errors")
                .forEach(e -> codes.put(e.get("field").asString(), e.get("code").asString()));
        return codes;
    }

    @Test
    void refusesAnotherVersionOfTheFormatAndAProgrammeThatIsAlreadyHere() throws Exception {
        ObjectNode document = export("DBEP");
        assertThat(fields(importing(document, "", ADMIN)))
                .contains("$.parts.programme.programme[0].id", "$.parts.programme.programme[0].code");
        document.put("formatVersion", 2);
        assertThat(fields(importing(document, "", ADMIN))).containsExactly("$.formatVersion");
        assertThat(fields(importing(json.readTree("[1, 2]"), "", ADMIN))).containsExactly("$");
    }

    @Test
    void aCopyGetsNewIdsANewCodeAndNameAndMayLeaveTheMeasurementsOut() throws Exception {
        ObjectNode original = export("DBEP");
        MockHttpServletResponse response =
                importing(original, "?copy=true&measurements=false&name=DBEP neste runde", ADMIN);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode result = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(result.get("name").asString()).isEqualTo("DBEP neste runde");
        assertThat(result.get("code").asString()).isNotEqualTo("DBEP");
        String id = result.get("programme").asString();
        assertThat(id).isNotEqualTo(original.at("/programme/id").asString());

        JsonNode copy = json.readTree(body("/api/v1/programmes/" + id + "/export", ADMIN));
        assertThat(copy.at("/parts/benefits/benefit").size())
                .isEqualTo(original.at("/parts/benefits/benefit").size());
        assertThat(copy.get("measurements").size()).isZero();
        assertThat(copy.at("/parts/plans/plan_version").size())
                .isEqualTo(original.at("/parts/plans/plan_version").size());
        assertThat(copy.at("/parts/benefits/benefit/0/id").asString())
                .isNotEqualTo(original.at("/parts/benefits/benefit/0/id").asString());
    }

    @Test
    void importingTakesAnAdministratorOrTheRegionalCoordinatorOfTheOwner() throws Exception {
        ObjectNode hp = export("HP");
        assertThat(importing(hp, "?copy=true", httpBasic("kari", "gevinst-demo"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(importing(export("DBEP"), "?copy=true", httpBasic("randi", "gevinst-demo"))
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse regional =
                importing(hp, "?copy=true&measurements=false", httpBasic("randi", "gevinst-demo"));
        assertThat(regional.getStatus()).as(regional.getContentAsString()).isEqualTo(201);
    }

    @Test
    void aStorysPictureTravelsAsBase64AndComesBackByteForByteInACopy() throws Exception {
        no.gevinst.programme.Programme programme = testProgrammes.create();
        no.gevinst.benefit.Benefit benefit = testProgrammes.bareBenefit(programme, "Med bilde");
        String title =
                "Bildet følger med " + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.callAs(
                no.gevinst.TestProgrammes.COORDINATOR,
                () -> stories.create(
                        benefit.id(),
                        new no.gevinst.story.StoryInput(title, "Tekst", "", "", "Et diagram i blått"),
                        png()));
        ObjectNode original = export(programme.code());
        String picture = storyPicture(original, title);
        assertThat(java.util.Base64.getDecoder().decode(picture)).startsWith(0x89, 'P', 'N', 'G');

        MockHttpServletResponse copied = importing(original, "?copy=true", ADMIN);
        assertThat(copied.getStatus()).as(copied.getContentAsString()).isEqualTo(201);
        String code = json.readTree(copied.getContentAsString(StandardCharsets.UTF_8))
                .get("code")
                .asString();
        assertThat(storyPicture(export(code), title)).isEqualTo(picture);
    }

    static byte[] png() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 40; x++) {
            image.setRGB(x, x % 30, 0xff0062ba);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String storyPicture(JsonNode document, String title) {
        for (JsonNode story : document.at("/parts/stories/story")) {
            if (story.get("title").asString().equals(title)) {
                return story.get("picture").asString();
            }
        }
        throw new AssertionError(title);
    }

    ObjectNode export(String code) throws Exception {
        for (JsonNode programme : json.readTree(body("/api/v1/programmes", ADMIN))) {
            if (programme.get("code").asString().equals(code)) {
                return (ObjectNode) json.readTree(
                        body("/api/v1/programmes/" + programme.get("id").asString() + "/export", ADMIN));
            }
        }
        throw new AssertionError(code);
    }

    MockHttpServletResponse importing(JsonNode document, String query, RequestPostProcessor user) throws Exception {
        return mvc.perform(post("/api/v1/programmes:import" + query)
                        .with(user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(document)))
                .andReturn()
                .getResponse();
    }

    List<String> fields(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    long programmeCount() throws Exception {
        return json.readTree(body("/api/v1/programmes", ADMIN)).size();
    }

    String body(String path, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(path).with(user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
