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
