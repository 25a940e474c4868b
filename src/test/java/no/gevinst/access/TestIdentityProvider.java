package no.gevinst.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponseKt;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider inside the test JVM (NAV's {@code mock-oauth2-server}), started once per JVM, with
 * the client registrations a Gevinst test context needs to sign in through it. Add
 * {@code @ContextConfiguration(initializers = TestIdentityProvider.Registrations.class)} to a
 * {@code RANDOM_PORT} test and walk a sign-in with {@link Browser}:
 *
 * <ul>
 *   <li>{@value #TEST_ID}: a confidential client with a secret ({@code client_secret_basic}), the organisation number
 *       in the claim {@code orgnr};
 *   <li>{@value #HELSEID}: HelseID's way, {@code private_key_jwt} with the key {@link #clientKey()} and the organisation
 *       number in HelseID's claims;
 *   <li>{@value #FORGED}: a provider whose published keys are not those its tokens are signed with.
 * </ul>
 *
 * The provider signs in whoever {@link #nextSignIn} names, without a login page of its own.
 */
public final class TestIdentityProvider {

    public static final String TEST_ID = "testid";
    public static final String HELSEID = "helseid";
    public static final String FORGED = "forged";

    /** HelseID's claim for the organisation a person works in (the child organisation of a multi-tenant client). */
    public static final String HELSEID_ORGANISATION_CLAIM = "helseid://claims/client/claims/orgnr_child";

    /** The claim the role rules of the test registrations look at, and the value that grants leser. */
    public static final String GROUP_CLAIM = "groups";

    public static final String READER_GROUP = "gevinst-lesere";

    private static MockOAuth2Server server;
    private static RSAKey clientKey;

    private TestIdentityProvider() {}

    /** The provider, started on first use. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            try {
                clientKey =
                        new RSAKeyGenerator(2048).keyID("gevinst-test-client").generate();
                RSAKey unpublished = new RSAKeyGenerator(2048).keyID(FORGED).generate();
                // Tokens of the forged issuer are signed with the key named "forged" that the server made, but its
                // key set publishes another key under the same name: every signature fails to verify.
                Route forgedKeys = OAuth2HttpRouterKt.route(
                        "/" + FORGED + "/jwks",
                        "GET",
                        request -> OAuth2HttpResponseKt.json(new JWKSet(unpublished.toPublicJWK()).toString(true)));
                server = new MockOAuth2Server(forgedKeys);
                server.start();
            } catch (JOSEException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return server;
    }

    /** The private key the {@value #HELSEID} client signs its client assertions with. */
    public static RSAKey clientKey() {
        server();
        return clientKey;
    }

    /** The issuer of a registration's tokens, as it appears in {@code user_identity.issuer}. */
    public static String issuer(String registrationId) {
        return server().issuerUrl(registrationId).toString();
    }

    /** The Gevinst user the provider's subject signed in as, if it has signed in. */
    public static java.util.Optional<java.util.UUID> userOf(
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String registrationId, String subject) {
        return jdbc.sql("SELECT user_id FROM user_identity WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", issuer(registrationId))
                .param("subject", subject)
                .query(java.util.UUID.class)
                .optional();
    }

    /** The Spring and Gevinst properties that register the test providers. */
    public static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        register(p, TEST_ID, "Test-ID", "client_secret_basic");
        p.put(client(TEST_ID) + "client-secret", "test-secret");
        p.put("gevinst.oidc." + TEST_ID + ".organisation-number-claim", "orgnr");
        register(p, HELSEID, "HelseID", "private_key_jwt");
        p.put("gevinst.oidc." + HELSEID + ".client-jwk", clientKey().toJSONString());
        p.put(
                "gevinst.oidc." + HELSEID + ".organisation-number-claim",
                HELSEID_ORGANISATION_CLAIM + ",helseid://claims/client/claims/orgnr_parent");
        register(p, FORGED, "Forged", "client_secret_basic");
        p.put(client(FORGED) + "client-secret", "forged-secret");
        p.put("gevinst.oidc.role-rules[0].claim", GROUP_CLAIM);
        p.put("gevinst.oidc.role-rules[0].value", READER_GROUP);
        p.put("gevinst.oidc.role-rules[0].role", "LESER");
        return p;
    }

    private static void register(Map<String, String> p, String id, String name, String authentication) {
        p.put(client(id) + "client-id", "gevinst-" + id);
        p.put(client(id) + "client-name", name);
        p.put(client(id) + "client-authentication-method", authentication);
        p.put(client(id) + "authorization-grant-type", "authorization_code");
        p.put(client(id) + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}");
        p.put(client(id) + "scope", "openid,profile,email");
        p.put("spring.security.oauth2.client.provider." + id + ".issuer-uri", issuer(id));
    }

    private static String client(String id) {
        return "spring.security.oauth2.client.registration." + id + ".";
    }

    /**
     * The person the provider signs in next through the registration: its subject and claims (names, e-mail,
     * organisation number, groups), with tokens valid for an hour, or already expired when {@code expired}.
     *
     * @return the token request Gevinst sends for this sign-in, once it has been sent
     */
    public static AtomicReference<TokenRequest> nextSignIn(
            String registrationId, String subject, Map<String, Object> claims, boolean expired) {
        AtomicReference<TokenRequest> seen = new AtomicReference<>();
        Map<String, Object> all = new LinkedHashMap<>(claims);
        if (expired) {
            // Issued two hours ago, expired one hour ago: well past any clock skew a client allows.
            Instant now = Instant.now();
            all.put("iat", Date.from(now.minus(Duration.ofHours(2))));
            all.put("nbf", Date.from(now.minus(Duration.ofHours(2))));
            all.put("exp", Date.from(now.minus(Duration.ofHours(1))));
        }
        server().enqueueCallback(
                        new DefaultOAuth2TokenCallback(
                                registrationId, subject, JOSEObjectType.JWT.getType(), null, all, 3600) {
                            @Override
                            public Map<String, Object> addClaims(TokenRequest tokenRequest) {
                                seen.set(tokenRequest);
                                return super.addClaims(tokenRequest);
                            }
                        });
        return seen;
    }

    /** Signs in as the person the provider signs in next, with tokens valid for an hour. */
    public static AtomicReference<TokenRequest> nextSignIn(
            String registrationId, String subject, Map<String, Object> claims) {
        return nextSignIn(registrationId, subject, claims, false);
    }

    /** Registers the test providers in a Spring test context. */
    public static class Registrations implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).applyTo(context);
        }
    }

    /**
     * A browser over real HTTP that follows redirects itself, across Gevinst and the provider, keeping its cookies,
     * so that a test sees where a sign-in ends.
     */
    public static final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final int port;
        /** Every address visited by the last {@link #walk}, the first included. */
        public final List<URI> visited = new ArrayList<>();

        public Browser(int port) {
            this.port = port;
        }

        /** Starts the sign-in through the registration and follows it to where Gevinst sends the person. */
        public HttpResponse<String> signIn(String registrationId) throws IOException, InterruptedException {
            return walk("/oauth2/authorization/" + registrationId);
        }

        /** Asks for the page and follows every redirect; answers the last response. */
        public HttpResponse<String> walk(String path) throws IOException, InterruptedException {
            visited.clear();
            URI uri = URI.create("http://localhost:" + port + path);
            for (int hops = 0; hops < 20; hops++) {
                visited.add(uri);
                HttpResponse<String> response = get(uri);
                if (response.statusCode() / 100 != 3) {
                    return response;
                }
                uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
            }
            throw new IllegalStateException("Too many redirects: " + visited);
        }

        /** The last address of the last walk, where the person ended up. */
        public URI landedOn() {
            return visited.getLast();
        }

        public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return get(URI.create("http://localhost:" + port + path));
        }
    }
}
