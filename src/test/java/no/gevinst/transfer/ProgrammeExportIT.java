package no.gevinst.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GevinstIntegrationTest
@AutoConfigureMockMvc
class ProgrammeExportIT {

    static final RequestPostProcessor ADMIN = httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    static final RequestPostProcessor KARI = httpBasic("kari", "gevinst-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void everyDemoProgrammeExportsAsADocumentValidAgainstThePublishedSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(body("/api/v1/schemas/programme-export-v1.json", ADMIN));
        for (JsonNode programme : json.readTree(body("/api/v1/programmes", ADMIN))) {
            JsonNode document = json.readTree(
                    body("/api/v1/programmes/" + programme.get("id").asString() + "/export", ADMIN));
            List<Error> errors = schema.validate(document);
            assertThat(errors).as(programme.get("code").asString()).isEmpty();
            assertThat(document.get("parts")
                            .get("programme")
                            .get("programme")
                            .get(0)
                            .get("code")
                            .asString())
                    .isEqualTo(programme.get("code").asString());
        }
    }

    @Test
    void aCoordinatorsExportCarriesEverythingButTheAuditEntries() throws Exception {
        String hp = programmeId("HP");
        JsonNode mine = json.readTree(body("/api/v1/programmes/" + hp + "/export", KARI));
        JsonNode admins = json.readTree(body("/api/v1/programmes/" + hp + "/export", ADMIN));
        assertThat(mine.has("audit")).isFalse();
        assertThat(admins.get("audit").get("audit_log").size()).isPositive();
        assertThat(mine.get("parts").get("benefits").get("benefit").size()).isGreaterThanOrEqualTo(21);
        assertThat(mine.get("measurements").size()).isPositive();
        assertThat(mine.get("parts").get("plans").get("plan_version").size()).isPositive();
        assertThat(mine.get("organisations").findValuesAsString("organisationNumber"))
                .contains("883974832");
        assertThat(mine.get("people").findValuesAsString("email")).isNotEmpty();
    }

    @Test
    void theLaterPartsAreCarriedAndAMaturityRoundsAnswersAreNot() throws Exception {
        JsonNode hp = json.readTree(body("/api/v1/programmes/" + programmeId("HP") + "/export", ADMIN));
        JsonNode parts = hp.get("parts");
        assertThat(parts.at("/sharing/benefit_share").size())
                .as("the benefit HP shares with the kommune")
                .isPositive();
        assertThat(parts.at("/maturity/maturity_round").size()).isPositive();
        assertThat(parts.get("maturity").has("maturity_response")).isFalse();
        assertThat(parts.get("maturity").has("maturity_score")).isFalse();
        assertThat(hp.toString()).doesNotContain("respondent\"");
        for (JsonNode result : parts.at("/maturity/maturity_result")) {
            assertThat(result.get("respondents").asInt()).isGreaterThanOrEqualTo(5);
        }
        List<String> parted = new java.util.ArrayList<>();
        parts.propertyNames().forEach(parted::add);
        assertThat(parted)
                .contains(
                        "sharing",
                        "handovers",
                        "lessons",
                        "maturity",
                        "evidence",
                        "stories",
                        "stakeholders",
                        "configDecisions",
                        "doubleCounting");
    }

    @Test
    void aReaderMayNotExportAndAnUnknownProgrammeIsNotFound() throws Exception {
        assertThat(status("/api/v1/programmes/" + programmeId("HP") + "/export", httpBasic("nina", "gevinst-demo")))
                .isEqualTo(403);
        assertThat(status("/api/v1/programmes/00000000-0000-0000-0000-000000000001/export", ADMIN))
                .isEqualTo(404);
    }

    String programmeId(String code) throws Exception {
        for (JsonNode programme : json.readTree(body("/api/v1/programmes", ADMIN))) {
            if (programme.get("code").asString().equals(code)) {
                return programme.get("id").asString();
            }
        }
        throw new AssertionError(code);
    }

    String body(String path, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(path).with(user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    int status(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andReturn().getResponse().getStatus();
    }
}
