package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register's filters answer htmx with the results alone and a browser with the whole page, whose filter form is
 * kept for the data generation.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RegisterFragmentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestProgrammes testProgrammes;

    @Test
    void anHtmxFilterGetsOnlyTheResultsAndAPlainOneTheWholePage() throws Exception {
        String fragment = register(true);
        assertThat(fragment).doesNotContain("<html").doesNotContain("<main");
        Element results = Jsoup.parseBodyFragment(fragment).body().child(0);
        assertThat(results.id()).isEqualTo("results");
        assertThat(results.select("table")).as("kari's benefits are listed").isNotEmpty();

        String page = register(false);
        assertThat(page).contains("<html");
        assertThat(Jsoup.parse(page).select("main#main #results table")).isNotEmpty();
        assertThat(Jsoup.parse(page).select("form[hx-get]")).as("the filters").isNotEmpty();
    }

    /**
     * The filter form is kept as written for the data generation (issue 15): asked again it is the same, and it still
     * follows what is chosen, the reader's language and any write (a new programme is offered at once).
     */
    @Test
    void theKeptFilterFormFollowsTheQueryTheLanguageAndEveryWrite() throws Exception {
        String coordinator = TestProgrammes.COORDINATOR;
        testProgrammes.create(); // the coordinator sees at least one programme
        Element first = filters(coordinator, "/benefits", "nb");
        assertThat(filters(coordinator, "/benefits", "nb").outerHtml()).isEqualTo(first.outerHtml());

        Programme created = testProgrammes.create();
        Element afterWrite = filters(coordinator, "/benefits", "nb");
        assertThat(afterWrite.select("select#programme option").eachText()).contains(created.name());
        assertThat(first.select("select#programme option").eachText()).doesNotContain(created.name());

        Element chosen = filters(coordinator, "/benefits?programme=" + created.id(), "nb");
        assertThat(chosen.select("select#programme option[selected]").eachText())
                .containsExactly(created.name());
        assertThat(afterWrite.select("select#programme option[selected]")).isEmpty();

        Element english = filters(coordinator, "/benefits", "en");
        assertThat(english.select("label[for=programme]").text()).isEqualTo("Programme");
        assertThat(filters(coordinator, "/benefits", "nb")
                        .select("label[for=programme]")
                        .text())
                .isEqualTo("Program");
    }

    private Element filters(String user, String path, String language) throws Exception {
        String page = mvc.perform(get(path)
                        .with(users.session(user))
                        .cookie(new jakarta.servlet.http.Cookie("gevinst-lang", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(page).selectFirst("form[role=search]");
    }

    private String register(boolean htmx) throws Exception {
        var request = get("/benefits").with(users.session("kari"));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
