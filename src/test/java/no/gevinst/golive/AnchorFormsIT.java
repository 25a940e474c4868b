package no.gevinst.golive;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
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
 * The indicator page's choice of the unit its baseline is set at refuses bad input where it was made (issue 21): to
 * htmx (HX-Request) the page's fragment alone, swapped in place, with the choice sent and the error beside it; without
 * a script a page of its own with the same form; 422 for a unit that is no party, 409 for a stale version, nothing
 * written either way. Saved, htmx is sent on to the indicator page (HX-Redirect), a plain post redirected there.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class AnchorFormsIT {

    private static final String ST_OLAVS = "883974832";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitThatIsNoPartyIsRefusedInTheFragmentHtmxSwapsIn() throws Exception {
        String indicator = unanchoredIndicator();
        String unit = UUID.randomUUID().toString();
        String before = anchors();
        MockHttpServletResponse response = send(choice(indicator, unit, "0").header("HX-Request", "true"));
        assertThat(response.getStatus()).isEqualTo(422);
        String body = body(response);
        assertThat(body.strip()).startsWith("<div id=\"golive-baseline\"");
        assertThat(body)
                .doesNotContain("<html")
                .satisfies(errorBeside("golive-unit"))
                .contains("href=\"#golive-unit\"")
                .contains("aria-invalid=\"true\"")
                .contains(unit)
                .contains("hx-post=\"/indicators/" + indicator + "/golive-baseline\"");
        assertThat(anchors()).isEqualTo(before);
    }

    @Test
    void withoutAScriptTheRefusedChoiceComesBackOnAPageOfItsOwn() throws Exception {
        String indicator = unanchoredIndicator();
        String unit = UUID.randomUUID().toString();
        String before = anchors();
        MockHttpServletResponse response = send(choice(indicator, unit, "0"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("<html")
                .contains("href=\"/indicators/" + indicator + "\"")
                .satisfies(errorBeside("golive-unit"))
                .contains(unit)
                // The form's heading follows the page's h1 at the next level (axe's heading order), not at h3.
                .containsPattern("<h1[^>]*>[^<]*</h1>\\s*<div id=\"golive-baseline\"[^>]*>\\s*(<!--.*?-->\\s*)?<h2");
        assertThat(anchors()).isEqualTo(before);
    }

    @Test
    void aChoiceFromAStaleVersionIsAConflictKeepingTheUnitChosen() throws Exception {
        String indicator = unanchoredIndicator();
        String stOlavs = jdbc.sql("SELECT id::text FROM organisation WHERE organisation_number = :n")
                .param("n", ST_OLAVS)
                .query(String.class)
                .single();
        String before = anchors();
        for (boolean htmx : new boolean[] {true, false}) {
            MockHttpServletRequestBuilder request = choice(indicator, stOlavs, "999");
            MockHttpServletResponse response = send(htmx ? request.header("HX-Request", "true") : request);
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(body(response))
                    .contains("id=\"golive-error-summary\"")
                    .contains("Noen andre har endret dette")
                    .contains("value=\"" + stOlavs + "\" selected");
        }
        assertThat(anchors()).isEqualTo(before);
    }

    @Test
    void savedHtmxIsSentOnToTheIndicatorPageAndAPlainPostRedirected() throws Exception {
        // Choosing none where none is chosen writes nothing, and is saved all the same.
        String indicator = unanchoredIndicator();
        String before = anchors();
        MockHttpServletResponse htmx = send(choice(indicator, "", "0").header("HX-Request", "true"));
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo("/indicators/" + indicator + "#golive-baseline");
        MockHttpServletResponse plain = send(choice(indicator, "", "0"));
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(plain.getRedirectedUrl()).isEqualTo("/indicators/" + indicator + "#golive-baseline");
        assertThat(plain.getHeader("HX-Redirect")).isNull();
        assertThat(anchors()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder choice(String indicator, String unit, String version) {
        return post("/indicators/" + indicator + "/golive-baseline")
                .param("unit", unit)
                .param("version", version);
    }

    /** An indicator of Helseplattformen (which kari coordinates) whose baseline is set at no unit's go-live. */
    private String unanchoredIndicator() {
        return jdbc.sql("""
                        SELECT i.id::text FROM indicator i
                        JOIN benefit b ON b.id = i.benefit_id JOIN programme p ON p.id = b.programme_id
                        WHERE p.code = 'HP'
                          AND NOT EXISTS (SELECT 1 FROM golive_baseline_anchor a WHERE a.indicator_id = i.id)
                        ORDER BY i.id LIMIT 1
                        """).query(String.class).single();
    }

    /** Every anchor as stored, to see that a refused choice wrote nothing. */
    private String anchors() {
        return jdbc.sql(
                        "SELECT coalesce(string_agg(a::text, '|' ORDER BY a.indicator_id), '') FROM golive_baseline_anchor a")
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.session("kari")).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
