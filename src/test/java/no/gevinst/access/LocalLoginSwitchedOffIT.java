package no.gevinst.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code gevinst.security.local-login=false} people sign in only through their identity provider. HTTP Basic is
 * off too, as in such an installation (the context is shared with {@link no.gevinst.token.BasicAuthOffIT}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gevinst.security.local-login=false", "gevinst.security.basic-auth=off"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.Registrations.class)
@AutoConfigureMockMvc
class LocalLoginSwitchedOffIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersOnlyTheProviders() throws Exception {
        String page = new TestIdentityProvider.Browser(port).get("/login").body();

        assertThat(page).contains("Logg inn med HelseID").doesNotContain("name=\"password\"");
    }

    @Test
    void aRightLocalPasswordIsRefused() throws Exception {
        var answer = mvc.perform(post("/login")
                        .param("username", TestUsers.ADMIN)
                        .param("password", TestUsers.ADMIN_PASSWORD)
                        .with(csrf()))
                .andExpect(unauthenticated())
                .andReturn()
                .getResponse();

        assertThat(answer.getStatus()).isLessThan(500);
        assertThat(answer.getRedirectedUrl()).isNotEqualTo("/");
    }

    @Test
    void theProvidersStillSignPeopleIn() throws Exception {
        TestIdentityProvider.nextSignIn(
                TestIdentityProvider.TEST_ID, UUID.randomUUID().toString(), Map.of("name", "Siri Sentral"));
        TestIdentityProvider.Browser browser = new TestIdentityProvider.Browser(port);

        browser.signIn(TestIdentityProvider.TEST_ID);

        assertThat(browser.landedOn().getPath()).isEqualTo("/access-pending");
    }
}
