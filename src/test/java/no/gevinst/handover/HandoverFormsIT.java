package no.gevinst.handover;

import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The handover page's forms refuse bad input on the page itself: 422 with the form shown again holding what was typed
 * and the error beside the field it names, 409 when the handover changed since it was read, nothing written either way.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class HandoverFormsIT {

    private static final String WAITING = "Redusert tid til legemiddelavstemming ved innleggelse";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposalWithAnImpossibleDateIsShownAgainWithTheDateAndItsError() throws Exception {
        String benefit = benefit();
        String before = handovers(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit + "/handover")
                        .param("receiverId", receiver(benefit))
                        .param("handoverDate", "2026-02-30")
                        .param("version", version(benefit)),
                "kari");
        assertThat(response.getStatus()).isEqualTo(422);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("value=\"2026-02-30\"")
                .satisfies(errorBeside("handoverDate"))
                .contains("Overleveringsdato");
        assertThat(handovers(benefit)).isEqualTo(before);
    }

    @Test
    void aProposalRevisedFromAStaleVersionIsAConflict() throws Exception {
        String benefit = benefit();
        String before = handovers(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit + "/handover")
                        .param("receiverId", receiver(benefit))
                        .param("handoverDate", "2031-05-02")
                        .param("version", "999"),
                "kari");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"2031-05-02\"");
        assertThat(handovers(benefit)).isEqualTo(before);
    }

    @Test
    void aDeclineWithoutAReasonIsShownAgainNamingTheReason() throws Exception {
        String benefit = benefit();
        String before = handovers(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit + "/handover/decline")
                        .param("reason", " ")
                        .param("version", version(benefit)),
                "ole");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .satisfies(errorBeside("reason"))
                .contains("aria-invalid=\"true\"");
        assertThat(handovers(benefit)).isEqualTo(before);

        MockHttpServletResponse stale = send(
                post("/benefits/" + benefit + "/handover/decline")
                        .param("reason", "Ikke ennå")
                        .param("version", "999"),
                "ole");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8))
                .contains("Ikke enn")
                .contains("Noen andre har endret dette");
        assertThat(send(post("/benefits/" + benefit + "/handover/accept").param("version", "999"), "ole")
                        .getStatus())
                .isEqualTo(409);
        assertThat(handovers(benefit)).isEqualTo(before);
    }

    @Test
    void anUnknownCoordinatorIsRefusedInTheItemsRowAndAStaleOneIsAConflict() throws Exception {
        String stOlavs = jdbc.sql("SELECT id::text FROM organisation WHERE organisation_number = '883974832'")
                .query(String.class)
                .single();
        var item = jdbc.sql("""
                        SELECT id::text AS id, version::text AS version,
                               coalesce(coordinator_id::text, '') AS coordinator
                        FROM improvement_item WHERE organisation_id = :o::uuid AND cross_organisation
                        ORDER BY id LIMIT 1
                        """).param("o", stOlavs).query().singleRow();
        String path = "/organisations/" + stOlavs + "/improvement/assign";
        MockHttpServletResponse response = send(
                post(path)
                        .param("item", (String) item.get("id"))
                        .param("coordinatorId", "not-a-uuid")
                        .param("version", (String) item.get("version")),
                "randi");
        assertThat(response.getStatus()).isEqualTo(422);
        String fieldId = "coordinator-" + item.get("id");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"" + fieldId + "-error\"")
                .contains("aria-describedby=\"" + fieldId + "-error\"")
                .contains("Koordinator for");
        MockHttpServletResponse stale = send(
                post(path)
                        .param("item", (String) item.get("id"))
                        .param(
                                "coordinatorId",
                                // randi herself: a person she may see, so only the version can refuse the write
                                jdbc.sql("""
                                                SELECT p.id::text FROM person p JOIN app_user u ON u.id = p.user_id
                                                WHERE u.username = 'randi'
                                                """).query(String.class).single())
                        .param("version", "999"),
                "randi");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT coalesce(coordinator_id::text, '') FROM improvement_item WHERE id = :i::uuid")
                        .param("i", item.get("id"))
                        .query(String.class)
                        .single())
                .isEqualTo(item.get("coordinator"));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(users.session(username)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String benefit() {
        return jdbc.sql("SELECT id::text FROM benefit WHERE title = :t")
                .param("t", WAITING)
                .query(String.class)
                .single();
    }

    private String receiver(String benefit) {
        return jdbc.sql("SELECT receiver_id::text FROM handover WHERE benefit_id = :b::uuid AND status = 'PROPOSED'")
                .param("b", benefit)
                .query(String.class)
                .single();
    }

    private String version(String benefit) {
        return jdbc.sql("SELECT version::text FROM handover WHERE benefit_id = :b::uuid AND status = 'PROPOSED'")
                .param("b", benefit)
                .query(String.class)
                .single();
    }

    /** Every handover of the benefit as stored, to see that a refused form wrote nothing. */
    private String handovers(String benefit) {
        return jdbc.sql("SELECT string_agg(h::text, '|' ORDER BY h.id) FROM handover h WHERE benefit_id = :b::uuid")
                .param("b", benefit)
                .query(String.class)
                .single();
    }
}
