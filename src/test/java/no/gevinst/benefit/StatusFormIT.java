package no.gevinst.benefit;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile's moves through the lifecycle refuse bad input on the profile itself (issue 21): 422 with the reason
 * as typed and its fault beside it, or an unknown status or unreadable version told in the summary; 409 when the
 * benefit changed since it was read; nothing written either way; moved, back to the profile with the confirmation.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class StatusFormIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownStatusOrAnUnreadableVersionIsToldOnTheProfileAndMovesNothing() throws Exception {
        Benefit benefit = world.benefit("Status med feil");
        String before = rows(benefit);
        MockHttpServletResponse unknown = send(post("/benefits/" + benefit.id() + "/status")
                .param("status", "1,2,3")
                .param("version", Long.toString(benefit.version())));
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(body(unknown))
                .contains("id=\"abandon-error-summary\"")
                .contains("Ukjent status.")
                .contains(benefit.title());
        assertThat(rows(benefit)).isEqualTo(before);

        MockHttpServletResponse version = send(post("/benefits/" + benefit.id() + "/status")
                .param("status", "ABANDONED")
                .param("reason", "Dekkes av et annet prosjekt")
                .param("version", "tre"));
        assertThat(version.getStatus()).isEqualTo(422);
        assertThat(body(version))
                .contains("Versjonen må være et heltall.")
                .contains(">Dekkes av et annet prosjekt</textarea>");
        assertThat(rows(benefit)).isEqualTo(before);
    }

    @Test
    void abandoningWithoutAReasonNamesTheReasonAndAStaleMoveIsAConflict() throws Exception {
        Benefit benefit = world.benefit("Forkastes uten grunn");
        String before = rows(benefit);
        MockHttpServletResponse refused = send(post("/benefits/" + benefit.id() + "/status")
                .param("status", "ABANDONED")
                .param("reason", "")
                .param("version", Long.toString(benefit.version())));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .satisfies(errorBeside("abandon-reason"))
                .contains("href=\"#abandon-reason\"")
                .contains("Skriv hvorfor gevinsten forkastes.");
        assertThat(rows(benefit)).isEqualTo(before);

        MockHttpServletResponse stale = send(post("/benefits/" + benefit.id() + "/status")
                .param("status", "ABANDONED")
                .param("reason", "Dekkes av et annet prosjekt")
                .param("version", Long.toString(benefit.version() + 5)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale))
                .contains("Noen andre har endret dette")
                .contains(">Dekkes av et annet prosjekt</textarea>");
        assertThat(rows(benefit)).isEqualTo(before);

        MockHttpServletResponse moved = send(post("/benefits/" + benefit.id() + "/status")
                .param("status", "ABANDONED")
                .param("reason", "Dekkes av et annet prosjekt")
                .param("version", Long.toString(benefit.version())));
        assertThat(moved.getStatus()).isEqualTo(302);
        assertThat(moved.getRedirectedUrl()).isEqualTo("/benefits/" + benefit.id());
        assertThat(rows(benefit)).isNotEqualTo(before);
    }

    /** The benefit's status, version and status changes as stored, to see that a refused move wrote nothing. */
    private String rows(Benefit benefit) {
        return jdbc.sql("""
                        SELECT (SELECT status || '/' || version FROM benefit WHERE id = :b::uuid) || '/'
                            || (SELECT count(*) FROM benefit_status_change WHERE benefit_id = :b::uuid)
                        """)
                .param("b", benefit.id().toString())
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(world.pageSession(world.in(Role.GEVINSTKOORDINATOR)))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
