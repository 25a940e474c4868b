package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The register's filters answer htmx with the results alone and a browser with the whole page. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RegisterFragmentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

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
