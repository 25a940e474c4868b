package no.gevinst.config.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nynorsk as the third language: {@code ?lang=} chooses among bokmål, nynorsk and English (and nothing else), the
 * bundles resolve without falling back to the server's language, and a signed-in person's choice follows them to
 * their next sign-in in another browser.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LanguageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void nynorskReadsTheNynorskBundleAndBokmalTheBaseOneNeverTheServersLanguage() {
        assertThat(messages.getMessage("error.title", null, Locale.forLanguageTag("nn-NO")))
                .isEqualTo("Noko gjekk gale");
        assertThat(messages.getMessage("error.title", null, Locale.forLanguageTag("nn")))
                .isEqualTo("Noko gjekk gale");
        assertThat(messages.getMessage("error.title", null, Locale.forLanguageTag("nb-NO")))
                .isEqualTo("Noe gikk galt");
        assertThat(messages.getMessage("error.title", null, Locale.forLanguageTag("nb")))
                .isEqualTo("Noe gikk galt");
        assertThat(messages.getMessage("error.title", null, Locale.ENGLISH)).isEqualTo("Something went wrong");
        // A language with no bundle reads bokmål, not the JVM's default (which may be English on a server).
        assertThat(messages.getMessage("error.title", null, Locale.GERMAN)).isEqualTo("Noe gikk galt");
    }

    @Test
    void eachWayOfAskingForALanguageGivesThePageAndItsHtmlLang() throws Exception {
        for (String asked : List.of("nn", "nn-NO", "nn_NO", "NN")) {
            assertThat(page("/login?lang=" + asked)).as(asked).contains("<html lang=\"nn\"", "Brukarnamn");
        }
        for (String asked : List.of("nb", "nb-NO", "no", "no-NO")) {
            assertThat(page("/login?lang=" + asked)).as(asked).contains("<html lang=\"nb\"", "Brukernavn");
        }
        for (String asked : List.of("en", "en-GB", "en-US")) {
            assertThat(page("/login?lang=" + asked)).as(asked).contains("<html lang=\"en\"", "Username");
        }
        assertThat(page("/login")).contains("<html lang=\"nb\"", "Brukernavn");
        MockHttpServletResponse chosen =
                mvc.perform(get("/login?lang=nn")).andReturn().getResponse();
        assertThat(chosen.getCookie(WebConfiguration.LANGUAGE_COOKIE).getValue())
                .isEqualTo("nn-NO");
        assertThat(mvc.perform(get("/login").cookie(chosen.getCookie(WebConfiguration.LANGUAGE_COOKIE)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<html lang=\"nn\"");
        // An old or forged cookie shows one of the three, never a fourth <html lang>.
        assertThat(mvc.perform(get("/login").cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "fr")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("<html lang=\"nb\"");
    }

    @Test
    void aLanguageGevinstDoesNotWriteIsRefusedNamingLang() throws Exception {
        for (String asked : List.of("fr", "de-DE", "nn-XYZ", "@@", "english")) {
            MockHttpServletResponse refused = mvc.perform(get("/api/v1/programmes")
                            .param("lang", asked)
                            .with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getStatus()).as(asked).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(asked).contains("\"lang\"");
        }
        assertThat(mvc.perform(get("/login").param("lang", "fr"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void aSignedInPersonsChoiceFollowsThemToTheirNextSignInInAnotherBrowser() throws Exception {
        String person = users.withRole("sprak-" + UUID.randomUUID().toString().substring(0, 8), Role.LESER, null);
        assertThat(chosen(person)).isNull();

        List<Cookie> firstBrowser = signIn(person);
        assertThat(languageCookie(firstBrowser))
                .as("nothing chosen yet, nothing brought back")
                .isNull();
        assertThat(page(get("/?lang=nn"), firstBrowser)).contains("<html lang=\"nn\"");
        assertThat(chosen(person)).isEqualTo("nn");

        // Another browser (no language cookie), or one where English was once chosen before signing in.
        List<Cookie> secondBrowser = signIn(person);
        assertThat(languageCookie(secondBrowser)).isEqualTo("nn-NO");
        assertThat(page(get("/"), secondBrowser)).contains("<html lang=\"nn\"");
        List<Cookie> englishBrowser = signIn(person, new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en"));
        assertThat(languageCookie(englishBrowser)).isEqualTo("nn-NO");

        // A program's call in a language (HTTP Basic here) answers in it and changes nobody's choice.
        mvc.perform(get("/api/v1/programmes?lang=en").with(httpBasic(person, TestUsers.PASSWORD)));
        mvc.perform(get("/?lang=en").with(users.session(person)));
        assertThat(chosen(person)).as("a call without a browser session").isEqualTo("nn");

        assertThat(page(get("/?lang=nb"), secondBrowser)).contains("<html lang=\"nb\"");
        assertThat(chosen(person)).isEqualTo("nb");
    }

    @Test
    void choosingALanguageDoesNotMoveTheDashboardGeneration() {
        String person = users.withRole("sprak-dashboard", Role.LESER, null);
        Long queued = new TransactionTemplate(transactions).execute(s -> {
            jdbc.sql("UPDATE app_user SET language = 'nn' WHERE username = :name")
                    .param("name", person)
                    .update();
            long rows = jdbc.sql("SELECT count(*) FROM dashboard_change WHERE tx = txid_current()")
                    .query(Long.class)
                    .single();
            s.setRollbackOnly();
            return rows;
        });
        assertThat(queued).isZero();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request, List<Cookie> browser) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.cookie(browser.toArray(Cookie[]::new)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        keep(browser, response);
        return response.getContentAsString();
    }

    /** Signs in through the form as a browser does; answers the browser's cookies after it. */
    private List<Cookie> signIn(String username, Cookie... had) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", TestUsers.PASSWORD)
                        .cookie(had.length == 0 ? new Cookie("none", "") : had[0])
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).doesNotContain("error");
        List<Cookie> browser = new ArrayList<>(List.of(had));
        keep(browser, response);
        return browser;
    }

    private static void keep(List<Cookie> browser, MockHttpServletResponse response) {
        for (Cookie set : response.getCookies()) {
            browser.removeIf(c -> c.getName().equals(set.getName()));
            browser.add(set);
        }
    }

    private static String languageCookie(List<Cookie> browser) {
        return browser.stream()
                .filter(c -> c.getName().equals(WebConfiguration.LANGUAGE_COOKIE))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private String chosen(String username) {
        return jdbc.sql("SELECT language FROM app_user WHERE username = :name")
                .param("name", username)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
