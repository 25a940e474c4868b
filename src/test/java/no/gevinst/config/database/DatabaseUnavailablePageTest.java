package no.gevinst.config.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import no.gevinst.ClassPathTemplates;
import no.gevinst.access.AccessPolicy;
import no.gevinst.config.web.PageModel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page shown while the database is gone (issue 17: layout): a browser that is signed in still gets the menu, so
 * that it can go on when the database is back, though the session that names the user cannot be read.
 */
class DatabaseUnavailablePageTest {

    private final DatabaseUnavailableResponse unavailable = new DatabaseUnavailableResponse(
            JsonMapper.builder().build(),
            ClassPathTemplates.engine(),
            new ResourceBundleMessageSource(),
            new FixedLocaleResolver(Locale.forLanguageTag("nb-NO")),
            new PageModel(new AccessPolicy()));

    @Test
    void aSignedInBrowserKeepsTheMenuAndCanTryAgain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/benefits");
        request.setQueryString("q=journal");
        request.setCookies(new Cookie("SESSION", "abc"));

        String page = render(request);

        assertThat(page)
                .contains("Databasen er utilgjengelig")
                .contains("class=\"site-nav\"")
                .contains("href=\"/programmes\"")
                .contains("href=\"/benefits?q=journal\">Prøv igjen")
                .as("the user is not known, nor what only some roles see")
                .doesNotContain("Innlogget som")
                .doesNotContain("/measurements/import")
                .doesNotContain("/logout");
    }

    @Test
    void aBrowserWithoutASessionGetsNoMenu() throws Exception {
        String page = render(new MockHttpServletRequest("GET", "/login"));

        assertThat(page)
                .contains("Databasen er utilgjengelig")
                .doesNotContain("class=\"site-nav\"")
                .contains("lang=\"nn\"");
    }

    private String render(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        unavailable.write(request, response);
        assertThat(response.getStatus()).isEqualTo(503);
        return response.getContentAsString();
    }
}
