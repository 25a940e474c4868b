package no.gevinst.benefit;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile's sharing and merging forms refuse bad input on the profile itself (issue 21): 422 with the form shown
 * again holding what was typed and the error beside the field it names, 409 when the benefit or the share changed
 * since it was read, nothing written either way; saved, back to the profile with the confirmation.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharingFormsIT {

    private static final String HOME = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestProgrammes testProgrammes;

    @Test
    void aShareThatIsNoNumberIsShownAgainOnTheProfileWithTheShareAndItsError() throws Exception {
        Benefit benefit = benefit("Deling med feil andel");
        String other = otherProgramme(benefit);
        String before = rows(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit.id() + "/shares")
                        .param("programme", other)
                        .param("share", "førti"),
                HOME);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("Deling mellom programmer")
                .contains("value=\"førti\"")
                .satisfies(errorBeside("share-share"))
                .contains("href=\"#share-share\"")
                .contains("Andelen må være et tall")
                .contains("value=\"" + other + "\" selected");
        assertThat(rows(benefit)).isEqualTo(before);
    }

    @Test
    void anUnknownProgrammeIsNamedBesideTheProgrammeChoice() throws Exception {
        Benefit benefit = benefit("Deling med ukjent program");
        String before = rows(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit.id() + "/shares")
                        .param("programme", java.util.UUID.randomUUID().toString())
                        .param("share", "40"),
                HOME);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).satisfies(errorBeside("share-programme")).contains("value=\"40\"");
        assertThat(rows(benefit)).isEqualTo(before);
    }

    @Test
    void aMergeWithoutACodeKeepsTheReasonAndNamesEveryMissingField() throws Exception {
        Benefit benefit = benefit("Sammenslåing uten kode");
        String before = rows(benefit);
        MockHttpServletResponse response = send(
                post("/benefits/" + benefit.id() + "/merges")
                        .param("mergedCode", " ")
                        .param("decisionReference", "")
                        .param("reason", "Samme gevinst som i nabokommunen")
                        .param("version", Long.toString(benefit.version())),
                HOME);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .satisfies(errorBeside("merge-mergedCode"))
                .satisfies(errorBeside("merge-decisionReference"))
                .contains("Samme gevinst som i nabokommunen")
                .contains("<details class=\"no-print\" open");
        assertThat(rows(benefit)).isEqualTo(before);
    }

    @Test
    void aMergeFromAStaleVersionIsAConflictAndAStaleEndToo() throws Exception {
        Benefit benefit = benefit("Sammenslåing fra gammel versjon");
        Benefit other = benefit("Den andre gevinsten");
        String before = rows(benefit) + rows(other);
        MockHttpServletResponse stale = send(
                post("/benefits/" + benefit.id() + "/merges")
                        .param("mergedCode", other.code())
                        .param("decisionReference", "Sak 7/2026")
                        .param("reason", "Samme gevinst")
                        .param("version", "999"),
                HOME);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette").contains("Sak 7/2026");
        assertThat(rows(benefit) + rows(other)).isEqualTo(before);

        // A share proposed through the form goes back to the profile with its confirmation; ending it from a
        // version it does not have is a conflict told above the shares, and writes nothing.
        String programme = otherProgramme(benefit);
        MockHttpServletResponse proposed = send(
                post("/benefits/" + benefit.id() + "/shares")
                        .param("programme", programme)
                        .param("share", "40"),
                HOME);
        assertThat(proposed.getStatus()).isEqualTo(302);
        assertThat(proposed.getRedirectedUrl()).isEqualTo("/benefits/" + benefit.id() + "#sharing-heading");
        String shared = rows(benefit);
        MockHttpServletResponse ended = send(
                post("/benefits/" + benefit.id() + "/shares/" + programme + "/end")
                        .param("version", "999"),
                HOME);
        assertThat(ended.getStatus()).isEqualTo(409);
        assertThat(body(ended)).contains("id=\"answer-error-summary\"").contains("Noen andre har endret dette");
        assertThat(rows(benefit)).isEqualTo(shared);
    }

    private Benefit benefit(String title) {
        Programme home = testProgrammes.create();
        return testProgrammes.bareBenefit(home, title);
    }

    private String otherProgramme(Benefit benefit) {
        return jdbc.sql("SELECT id::text FROM programme WHERE id <> :p::uuid ORDER BY name LIMIT 1")
                .param("p", benefit.programme().toString())
                .query(String.class)
                .single();
    }

    /** The benefit's shares and merges and its own row as stored, to see that a refused form wrote nothing. */
    private String rows(Benefit benefit) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM benefit_share WHERE benefit_id = :b::uuid) || '/'
                            || (SELECT count(*) FROM benefit_merge WHERE kept_id = :b::uuid OR merged_id = :b::uuid) || '/'
                            || (SELECT version FROM benefit WHERE id = :b::uuid)
                        """)
                .param("b", benefit.id().toString())
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.session(user)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
