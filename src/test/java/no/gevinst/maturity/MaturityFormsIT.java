package no.gevinst.maturity;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
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
 * A maturity round's forms refuse bad input on the round's page itself: 422 with what was typed and the error beside
 * the field it names, 409 when the measure changed since it was read, nothing written either way.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class MaturityFormsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeasureWithAnUnknownDimensionAndANorwegianDateIsShownAgainWithWhatWasTyped() throws Exception {
        Map<String, Object> measure = measure();
        String path = round(measure) + "/measures";
        String before = rows(measure);
        MockHttpServletResponse response = send(
                post(path)
                        .param("dimension", "ukjent")
                        .param("unitId", "x")
                        .param("action", "Samlinger for nye ledere")
                        .param("deadline", "31.12.2026"),
                "kari");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .satisfies(errorBeside("dimension"))
                .satisfies(errorBeside("deadline"))
                .contains("href=\"#deadline\"")
                .contains("value=\"Samlinger for nye ledere\"")
                .contains("value=\"31.12.2026\"");
        assertThat(rows(measure)).isEqualTo(before);
    }

    @Test
    void aMeasureMarkedDoneFromAStaleVersionIsAConflictAndAVersionThatIsNoNumberIsNamed() throws Exception {
        Map<String, Object> measure = measure();
        String path = round(measure) + "/measures/" + measure.get("id") + "/done";
        String before = rows(measure);
        MockHttpServletResponse stale = send(post(path).param("done", "true").param("version", "999"), "kari");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette");
        MockHttpServletResponse garbled = send(post(path).param("done", "true").param("version", "x"), "kari");
        assertThat(garbled.getStatus()).isEqualTo(422);
        assertThat(body(garbled)).contains("role=\"alert\"");
        assertThat(rows(measure)).isEqualTo(before);
    }

    /** A measure of one of HP's rounds, with its round and programme. */
    private Map<String, Object> measure() {
        return jdbc.sql("""
                        SELECT m.id::text AS id, r.id::text AS round, r.programme_id::text AS programme
                        FROM maturity_measure m JOIN maturity_round r ON r.id = m.round_id
                        JOIN programme p ON p.id = r.programme_id
                        WHERE p.code = 'HP' ORDER BY m.id LIMIT 1
                        """).query().singleRow();
    }

    private static String round(Map<String, Object> measure) {
        return "/programmes/" + measure.get("programme") + "/maturity/" + measure.get("round");
    }

    /** The round's measures and the measure's own row as stored, to see that a refused form wrote nothing. */
    private String rows(Map<String, Object> measure) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM maturity_measure WHERE round_id = :r::uuid) || '/'
                            || (SELECT done || '/' || version FROM maturity_measure WHERE id = :m::uuid)
                        """)
                .param("r", measure.get("round"))
                .param("m", measure.get("id"))
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.session(user)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
