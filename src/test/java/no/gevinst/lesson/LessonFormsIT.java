package no.gevinst.lesson;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The lesson page's measure forms refuse bad input on the lesson's page itself: 422 with what was typed and the error
 * beside the field it names, 409 when the measure changed since it was read, nothing written either way.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LessonFormsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeasureWithAnUnreadableDeadlineIsShownAgainWithWhatWasTyped() throws Exception {
        Map<String, Object> measure = measure();
        String before = rows(measure);
        MockHttpServletResponse response = send(
                post(lesson(measure) + "/measures")
                        .param("action", "Felles sjekkliste for innsjekk")
                        .param("ownerId", "not-a-person")
                        .param("deadline", "neste vår"),
                "kari");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .satisfies(errorBeside("deadline"))
                .contains("href=\"#deadline\"")
                .contains("value=\"Felles sjekkliste for innsjekk\"");
        // Read as a browser reads it: the page writes å as an entity.
        assertThat(Jsoup.parse(body(response)).select("#deadline").val()).isEqualTo("neste vår");
        assertThat(rows(measure)).isEqualTo(before);
    }

    @Test
    void aMeasureMarkedDoneFromAStaleVersionIsAConflict() throws Exception {
        Map<String, Object> measure = measure();
        String path = lesson(measure) + "/measures/" + measure.get("id") + "/done";
        String before = rows(measure);
        MockHttpServletResponse stale = send(post(path).param("done", "true").param("version", "999"), "kari");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette");
        assertThat(send(post(path).param("done", "true").param("version", "x"), "kari")
                        .getStatus())
                .isEqualTo(422);
        assertThat(rows(measure)).isEqualTo(before);
    }

    /** A measure of one of HP's lessons, with its lesson and programme. */
    private Map<String, Object> measure() {
        return jdbc.sql("""
                        SELECT m.id::text AS id, l.id::text AS lesson, l.programme_id::text AS programme
                        FROM lesson_measure m JOIN lesson l ON l.id = m.lesson_id
                        JOIN programme p ON p.id = l.programme_id
                        WHERE p.code = 'HP' ORDER BY m.id LIMIT 1
                        """).query().singleRow();
    }

    private static String lesson(Map<String, Object> measure) {
        return "/programmes/" + measure.get("programme") + "/lessons/" + measure.get("lesson");
    }

    /** The lesson's measures and the measure's own row as stored, to see that a refused form wrote nothing. */
    private String rows(Map<String, Object> measure) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM lesson_measure WHERE lesson_id = :l::uuid) || '/'
                            || (SELECT done || '/' || version FROM lesson_measure WHERE id = :m::uuid)
                        """)
                .param("l", measure.get("lesson"))
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
