package no.gevinst.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Person;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The improvement backlog through the API: the organisation's own roles add measures and move them on at the version
 * they read (a stale write gets 409 and changes nothing), a reader only reads, the regional coordinator alone names who
 * coordinates a measure that needs several organisations, and every write is audited.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ImprovementBacklogApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestParties parties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record World(
            Organisation owner,
            Organisation partner,
            String lineOwner,
            String reader,
            String regional,
            Person coordinator) {}

    private World world() {
        return new World(
                parties.owner(),
                parties.party(),
                parties.in(Role.GEVINSTEIER),
                parties.in(Role.LESER),
                parties.in(Role.REGIONAL_KOORDINATOR),
                parties.personWithoutUser());
    }

    private String items(World w) {
        return "/api/v1/organisations/" + w.owner().id() + "/improvement-items";
    }

    @Test
    void theLineAddsAndMovesItsMeasuresAtTheVersionItReadAndTheRegionalCoordinatorAssigns() throws Exception {
        World w = world();
        String body = """
                {"action": "Felles rutine for avvik", "responsibleId": "", "deadline": "2027-06-30",
                 "organisationIds": ["%s"]}
                """.formatted(w.partner().id());
        mvc.perform(post(items(w))
                        .with(users.session(w.reader()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(items(w))
                        .with(users.session(w.lineOwner()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"  \", \"deadline\": \"2027-02-30\", \"organisationIds\": [\"x\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("action", "deadline", "organisationIds")));

        String created = mvc.perform(post(items(w))
                        .with(users.session(w.lineOwner()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.crossOrganisation").value(true))
                .andExpect(jsonPath("$.measureStatus").value("PLANNED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        String item = items(w) + "/" + id;

        JsonNode listed = json.readTree(mvc.perform(get(items(w)).with(users.session(w.reader())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(listed.findValuesAsString("id")).contains(id);
        mvc.perform(get(item).with(users.session(w.reader())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));

        mvc.perform(statusChange(item, w.reader(), "DONE", "\"0\"")).andExpect(status().isForbidden());
        mvc.perform(statusChange(item, w.lineOwner(), "SOON", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(statusChange(item, w.lineOwner(), "IN_PROGRESS", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(statusChange(item, w.lineOwner(), "IN_PROGRESS", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.measureStatus").value("IN_PROGRESS"));
        mvc.perform(statusChange(item, w.lineOwner(), "DONE", "\"0\"")).andExpect(status().isConflict());
        assertThat(statusOf(id)).as("a stale write changes nothing").isEqualTo("IN_PROGRESS");

        String assign = "{\"coordinatorId\": \"" + w.coordinator().id() + "\"}";
        mvc.perform(put(item + "/coordinator")
                        .with(users.session(w.lineOwner()))
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assign))
                .andExpect(status().isForbidden());
        mvc.perform(put(item + "/coordinator")
                        .with(users.session(w.regional()))
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assign))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.coordinator").value(w.coordinator().id().toString()));

        assertThat(audited(id)).containsExactly("create", "status", "assign");
        String page = mvc.perform(
                        get("/organisations/" + w.owner().id() + "/improvement").with(users.session(w.lineOwner())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Felles rutine for avvik");
    }

    @Test
    void aMeasureOfAnotherOrganisationsBacklogIsNotFoundThroughThisOne() throws Exception {
        World w = world();
        String created = mvc.perform(post(items(w))
                        .with(users.session(w.lineOwner()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"Egen rutine\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.crossOrganisation").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        mvc.perform(get("/api/v1/organisations/" + w.partner().id() + "/improvement-items/" + id)
                        .with(users.session(TestUsers.ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(statusChange(
                        "/api/v1/organisations/" + w.partner().id() + "/improvement-items/" + id,
                        TestUsers.ADMIN,
                        "DONE",
                        "\"0\""))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("PLANNED");
    }

    @Test
    void theApiDescriptionNamesTheBacklogRoutes() throws Exception {
        String openApi = mvc.perform(get("/api/v1/openapi.json").with(users.session(TestUsers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(openApi)
                .contains("/api/v1/organisations/{id}/improvement-items")
                .contains("/api/v1/organisations/{id}/improvement-items/{item}")
                .contains("/api/v1/organisations/{id}/improvement-items/{item}/status")
                .contains("/api/v1/organisations/{id}/improvement-items/{item}/coordinator");
    }

    private org.springframework.test.web.servlet.RequestBuilder statusChange(
            String item, String username, String status, String ifMatch) {
        var request = put(item + "/status")
                .with(users.session(username))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"" + status + "\"}");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private String statusOf(String id) {
        return jdbc.sql("SELECT measure_status FROM improvement_item WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<String> audited(String id) {
        return jdbc.sql("""
                        SELECT action FROM audit_log WHERE entity_type = 'improvement-item' AND entity_id = :id
                        ORDER BY occurred_at, id
                        """).param("id", id).query(String.class).list();
    }
}
