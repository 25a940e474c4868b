package no.gevinst.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's handovers on the pages: the receiver alone is offered the answer, the coordinator the proposal form, and
 * the profile, my page and the organisation list lead to them.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class HandoverPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReceiverAloneIsOfferedTheAnswerAndTheCoordinatorTheProposal() throws Exception {
        String waiting = benefit("Redusert tid til legemiddelavstemming ved innleggelse");
        String asOle = page("/benefits/" + waiting + "/handover", "ole");
        assertThat(asOle).contains("id=\"handover-accept\"").contains("id=\"handover-decline\"");
        String asKari = page("/benefits/" + waiting + "/handover", "kari");
        assertThat(asKari).doesNotContain("id=\"handover-accept\"").contains("name=\"receiverId\"");
        assertThat(page("/benefits/" + waiting + "/handover", "nina"))
                .doesNotContain("id=\"handover-accept\"")
                .doesNotContain("name=\"receiverId\"");
        assertThat(page("/", "ole")).contains("id=\"mypage-handovers\"");
    }

    @Test
    void theAcceptedHandoverShowsOnTheProfileAndItsMeasuresInStOlavsBacklog() throws Exception {
        String accepted = benefit("Færre legemiddelfeil ved lukket legemiddelsløyfe");
        assertThat(page("/benefits/" + accepted, "ole")).contains("id=\"handover-section\"");
        String stOlavs = jdbc.sql("SELECT id::text FROM organisation WHERE name = 'St. Olavs hospital HF'")
                .query(String.class)
                .single();
        assertThat(page("/organisations", "kari")).contains("/organisations/" + stOlavs + "/improvement");
        String backlog = page("/organisations/" + stOlavs + "/improvement", "randi");
        assertThat(backlog)
                .contains("Felles rutine for legemiddelavvik med Helse Møre og Romsdal")
                .contains("name=\"coordinatorId\"")
                .doesNotContain("Strekkodeskannere på alle sengeposter");
        assertThat(page("/organisations/" + stOlavs + "/improvement", "ole")).doesNotContain("name=\"coordinatorId\"");
        var pdf = mvc.perform(get("/organisations/" + stOlavs + "/handover.pdf").with(users.session("kari")))
                .andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void theApiDescriptionNamesTheHandoverRoutes() throws Exception {
        String openApi = page("/api/v1/openapi.json", TestUsers.ADMIN);
        assertThat(openApi)
                .contains("/api/v1/benefits/{id}/handover")
                .contains("/api/v1/benefits/{id}/handover/accept")
                .contains("/api/v1/benefits/{id}/handover/decline");
    }

    private String page(String path, String username) throws Exception {
        var response =
                mvc.perform(get(path).with(users.session(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String benefit(String title) {
        return jdbc.sql("SELECT id::text FROM benefit WHERE title = :t")
                .param("t", title)
                .query(String.class)
                .single();
    }
}
