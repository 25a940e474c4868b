package no.gevinst.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Choosing a language keeps what the user was looking at: the page's query, less any earlier language. */
class LanguageLinksTest {

    @Test
    void theLanguageLinksKeepTheFiltersAndDropAnEarlierLanguage() {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/benefits");
        read.setQueryString("status=REALISED&lang=en&q=svinn%20av");
        assertThat(PageModel.languageBase(read)).isEqualTo("/benefits?status=REALISED&q=svinn%20av");

        MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/portfolio");
        assertThat(PageModel.languageBase(plain)).isEqualTo("/portfolio");

        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/benefits");
        write.setQueryString("programme=x");
        assertThat(PageModel.languageBase(write)).isEqualTo("/benefits");
    }
}
