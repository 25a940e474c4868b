package no.gevinst.token;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.gevinst.TestUsers;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.ApiTokens;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code gevinst.security.basic-auth=off} a person's password no longer opens the API; a token still does. It
 * shares its context with {@link no.gevinst.access.LocalLoginSwitchedOffIT}: an installation signing people in only
 * through identity providers, with no password accepted anywhere.
 */
@org.springframework.boot.test.context.SpringBootTest(
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gevinst.security.local-login=false", "gevinst.security.basic-auth=off"})
@org.springframework.test.context.ActiveProfiles("test")
@org.springframework.test.context.ContextConfiguration(
        initializers = no.gevinst.access.TestIdentityProvider.Registrations.class)
@AutoConfigureMockMvc
class BasicAuthOffIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Test
    void httpBasicIsRefusedWhileABearerTokenWorks() throws Exception {
        mvc.perform(get("/api/v1/programmes").with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)))
                .andExpect(status().isUnauthorized());

        String secret = users.callAs(
                        TestUsers.ADMIN,
                        () -> tokens.create(new ApiTokenInput(
                                "Uten passord",
                                7,
                                List.of(new ApiTokenInput.Scope(Role.ADMINISTRATOR.name(), null, null)),
                                null)))
                .secret();
        mvc.perform(get("/api/v1/programmes").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
    }
}
