package no.gevinst.story;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The story form refuses bad input on the form itself: 422 with what was typed and the error beside the field it
 * names, 409 when the story changed since it was read, nothing written either way.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class StoryFormsIT {

    private static final String DEMO_TITLE = "Lukket legemiddelsløyfe: færre legemiddelavvik på St. Olavs hospital";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoryWithoutATitleIsShownAgainWithItsTextAndAStaleChangeIsAConflict() throws Exception {
        String benefit = jdbc.sql("SELECT benefit_id::text FROM story WHERE title = :t")
                .param("t", DEMO_TITLE)
                .query(String.class)
                .single();
        String before = rows(benefit);
        MockHttpServletResponse refused = send(
                multipart("/benefits/" + benefit + "/stories")
                        .param("title", " ")
                        .param("text", "Sykepleierne skanner hver dose.")
                        .param("people", "Avdeling 3")
                        .param("version", "0"),
                "kari");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .satisfies(errorBeside("title"))
                .contains("href=\"#title\"")
                .contains("Sykepleierne skanner hver dose.")
                .contains("value=\"Avdeling 3\"");
        assertThat(rows(benefit)).isEqualTo(before);

        MockHttpServletResponse made = send(
                multipart("/benefits/" + benefit + "/stories")
                        .param("title", "Skjemaprøve")
                        .param("text", "Tekst")
                        .param("version", "0"),
                "kari");
        assertThat(made.getStatus()).isEqualTo(302);
        String location = made.getRedirectedUrl();
        String written = rows(benefit);
        MockHttpServletResponse stale = send(
                multipart(location)
                        .param("title", "Skjemaprøve endret")
                        .param("text", "Tekst")
                        .param("version", "7"),
                "kari");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette");
        // Read as a browser reads it: the page writes ø as an entity.
        assertThat(Jsoup.parse(body(stale)).select("#title").val()).isEqualTo("Skjemaprøve endret");
        assertThat(rows(benefit)).isEqualTo(written);
    }

    /** The benefit's stories and their versions as stored, to see that a refused form wrote nothing. */
    private String rows(String benefit) {
        return jdbc.sql("""
                        SELECT count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(string_agg(title, '|'
                            ORDER BY title), '') FROM story WHERE benefit_id = :b::uuid
                        """).param("b", benefit).query(String.class).single();
    }

    private MockHttpServletResponse send(MockMultipartHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.session(user)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
