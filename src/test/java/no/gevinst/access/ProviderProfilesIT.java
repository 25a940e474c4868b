package no.gevinst.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The ready settings the README documents ({@code application-helseid.yml}, {@code application-ansattporten.yml})
 * sign people in when only their environment variables are given, here pointing at the in-JVM provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "helseid", "ansattporten"})
@ContextConfiguration(initializers = ProviderProfilesIT.Environment.class)
class ProviderProfilesIT {

    @LocalServerPort
    int port;

    @Test
    void helseIdSignsInWithItsProfileAndAPrivateKey() throws Exception {
        var tokenRequest = TestIdentityProvider.nextSignIn(
                TestIdentityProvider.HELSEID, UUID.randomUUID().toString(), Map.of("name", "Hege Profil"));
        TestIdentityProvider.Browser browser = new TestIdentityProvider.Browser(port);

        assertThat(browser.get("/login").body()).contains("Logg inn med HelseID", "Logg inn med Ansattporten");
        browser.signIn(TestIdentityProvider.HELSEID);

        assertThat(browser.landedOn().getPath()).isEqualTo("/access-pending");
        assertThat(tokenRequest.get().getClientAuthentication().getMethod().getValue())
                .isEqualTo("private_key_jwt");
    }

    @Test
    void ansattportenSignsInWithItsProfileAndASecret() throws Exception {
        var tokenRequest = TestIdentityProvider.nextSignIn(
                "ansattporten", UUID.randomUUID().toString(), Map.of("name", "Are Ansatt"));
        TestIdentityProvider.Browser browser = new TestIdentityProvider.Browser(port);

        browser.signIn("ansattporten");

        assertThat(browser.landedOn().getPath()).isEqualTo("/access-pending");
        assertThat(tokenRequest.get().getClientAuthentication().getMethod().getValue())
                .isEqualTo("client_secret_basic");
    }

    /** Only what an operator sets: the environment variables the profile files name. */
    static class Environment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "HELSEID_ISSUER=" + TestIdentityProvider.issuer(TestIdentityProvider.HELSEID),
                            "HELSEID_CLIENT_ID=gevinst-helseid",
                            "HELSEID_CLIENT_JWK="
                                    + TestIdentityProvider.clientKey().toJSONString(),
                            "ANSATTPORTEN_ISSUER=" + TestIdentityProvider.issuer("ansattporten"),
                            "ANSATTPORTEN_CLIENT_ID=gevinst-ansattporten",
                            "ANSATTPORTEN_CLIENT_SECRET=secret")
                    .applyTo(context);
        }
    }
}
