package no.gevinst.access;

import static no.gevinst.access.TestIdentityProvider.FORGED;
import static no.gevinst.access.TestIdentityProvider.GROUP_CLAIM;
import static no.gevinst.access.TestIdentityProvider.HELSEID;
import static no.gevinst.access.TestIdentityProvider.HELSEID_ORGANISATION_CLAIM;
import static no.gevinst.access.TestIdentityProvider.READER_GROUP;
import static no.gevinst.access.TestIdentityProvider.TEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.TestBrowser;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Signing in through a real OpenID Connect provider started in the test JVM, over real HTTP redirects between the
 * browser, Gevinst and the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.Registrations.class)
class OidcSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    private TestIdentityProvider.Browser browser;
    private long since;

    @BeforeEach
    void newBrowser() {
        browser = new TestIdentityProvider.Browser(port);
        since = System.currentTimeMillis();
    }

    @Test
    void theLoginPageOffersEveryProviderNextToTheLocalForm() throws Exception {
        String page = browser.get("/login").body();

        assertThat(page).contains("Logg inn med HelseID", "Logg inn med Test-ID", "/oauth2/authorization/helseid");
        assertThat(page).contains("name=\"password\"");
    }

    @Test
    void aPersonNewToGevinstBecomesAPendingUserWhoIsToldToWaitAndWhyNoRoleWasGiven() throws Exception {
        String subject = subject();
        String unknownNumber = TestOrganisationNumbers.unique();
        TestIdentityProvider.nextSignIn(
                TEST_ID,
                subject,
                Map.of("name", "Kari Nordmann", "orgnr", unknownNumber, GROUP_CLAIM, List.of(READER_GROUP)));

        HttpResponse<String> landed = browser.signIn(TEST_ID);

        assertThat(browser.landedOn().getPath()).isEqualTo("/access-pending");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body())
                .contains("Du venter på tilgang", "Kari Nordmann", "gevinstkoordinator eller administrator")
                .contains("organisasjonsnummer " + unknownNumber + ") er ikke registrert");
        UUID user = userOf(TEST_ID, subject).orElseThrow();
        String username = usernameOf(user);
        assertThat(username).doesNotContain("Kari");
        assertThat(rolesOf(user)).isZero();
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = :id")
                        .param("id", user)
                        .query(String.class)
                        .single())
                .isEqualTo("Kari Nordmann");
        assertThat(jdbc.sql("SELECT organisation_number FROM user_identity WHERE user_id = :id")
                        .param("id", user)
                        .query(String.class)
                        .single())
                .isEqualTo(unknownNumber);
        assertThat(audit(user, "create")).containsExactly("system");
        assertThat(lastSignIn(user)).isPresent();
        assertThat(signedInSessionsOf(username)).isOne();
        assertThat(browser.get("/access-pending").statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleRuleGrantsItsRoleInTheOrganisationTheProviderNames() throws Exception {
        String number = TestOrganisationNumbers.unique();
        OrganisationId organisation = users.callAs(
                TestUsers.ADMIN,
                () -> organisations
                        .create(new OrganisationInput("Rulevik kommune", "KOMMUNE", number, null))
                        .id());
        String subject = subject();
        TestIdentityProvider.nextSignIn(
                TEST_ID,
                subject,
                Map.of(
                        "given_name",
                        "Ola",
                        "family_name",
                        "Leser",
                        "orgnr",
                        "0192:" + number,
                        GROUP_CLAIM,
                        List.of("others", READER_GROUP)));

        HttpResponse<String> landed = browser.signIn(TEST_ID);

        assertThat(browser.landedOn().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
        UUID user = userOf(TEST_ID, subject).orElseThrow();
        assertThat(jdbc.sql("SELECT role || ' ' || organisation_id FROM role_assignment WHERE user_id = :id")
                        .param("id", user)
                        .query(String.class)
                        .list())
                .containsExactly("LESER " + organisation.value());
        assertThat(audit(user, "grant-role")).containsExactly("system");
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = :id")
                        .param("id", user)
                        .query(String.class)
                        .single())
                .isEqualTo("Ola Leser");
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(200);
    }

    @Test
    void theSameSubjectSignsInAsTheSameUserEvenWhenItsNameChanged() throws Exception {
        String subject = subject();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Per Hansen"));
        browser.signIn(TEST_ID);
        UUID first = userOf(TEST_ID, subject).orElseThrow();

        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Per Hansen-Berg"));
        TestIdentityProvider.Browser another = new TestIdentityProvider.Browser(port);
        another.signIn(TEST_ID);

        assertThat(another.landedOn().getPath()).isEqualTo("/access-pending");
        assertThat(userOf(TEST_ID, subject)).contains(first);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE display_name LIKE 'Per Hansen%'")
                        .query(Long.class)
                        .single())
                .as("no second user made for the new name")
                .isGreaterThanOrEqualTo(1L);
        assertThat(audit(first, "create")).hasSize(1);
        assertThat(signedInSessionsOf(usernameOf(first))).isEqualTo(2);
    }

    @Test
    void anInvitedAddressIsBoundToTheInvitedUserOnItsFirstSignIn() throws Exception {
        UUID invited = UUID.randomUUID();
        String email = "invited-" + invited + "@example.no";
        jdbc.sql("INSERT INTO app_user (id, username, display_name, password_hash, email) "
                        + "VALUES (:id, :username, 'Ina Invitert', NULL, :email)")
                .param("id", invited)
                .param("username", "invited-" + invited)
                .param("email", email)
                .update();
        String subject = subject();
        TestIdentityProvider.nextSignIn(
                TEST_ID, subject, Map.of("name", "Ina I.", "email", email.toUpperCase(), "email_verified", true));

        browser.signIn(TEST_ID);

        assertThat(userOf(TEST_ID, subject)).contains(invited);
        assertThat(audit(invited, "bind-identity")).containsExactly("system");
        assertThat(signedInSessionsOf("invited-" + invited)).isOne();
    }

    @Test
    void anAddressTheProviderDoesNotVouchForBindsNoInvitation() throws Exception {
        UUID invited = UUID.randomUUID();
        String email = "unverified-" + invited + "@example.no";
        jdbc.sql("INSERT INTO app_user (id, username, display_name, password_hash, email) "
                        + "VALUES (:id, :username, 'Uno Verifisert', NULL, :email)")
                .param("id", invited)
                .param("username", "unverified-" + invited)
                .param("email", email)
                .update();
        String subject = subject();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Uno", "email", email));

        browser.signIn(TEST_ID);

        assertThat(userOf(TEST_ID, subject)).isPresent().isNotEqualTo(Optional.of(invited));
    }

    @Test
    void aDeactivatedUserIsRefusedAndGetsNoSession() throws Exception {
        String subject = subject();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Dag Deaktivert"));
        browser.signIn(TEST_ID);
        UUID user = userOf(TEST_ID, subject).orElseThrow();
        jdbc.sql("UPDATE app_user SET enabled = false WHERE id = :id")
                .param("id", user)
                .update();
        TestIdentityProvider.Browser later = new TestIdentityProvider.Browser(port);
        since = System.currentTimeMillis();

        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Dag Deaktivert"));
        HttpResponse<String> refused = later.signIn(TEST_ID);

        assertThat(later.landedOn().toString()).endsWith("/login?oidc=deactivated");
        assertThat(refused.body()).contains("Brukeren din i Gevinst er deaktivert");
        assertThat(sessionsMade()).isZero();
        assertThat(later.get("/benefits").statusCode()).isEqualTo(302);
    }

    @Test
    void helseIdSignsInWithASignedClientAssertionAndPkce() throws Exception {
        String subject = subject();
        String number = TestOrganisationNumbers.unique();
        var tokenRequest = TestIdentityProvider.nextSignIn(
                HELSEID, subject, Map.of("name", "Helga Helse", HELSEID_ORGANISATION_CLAIM, number));

        browser.signIn(HELSEID);

        String authorize = browser.visited.get(1).toString();
        assertThat(authorize).contains("/helseid/authorize", "code_challenge=", "code_challenge_method=S256");
        TokenRequest sent = tokenRequest.get();
        assertThat(sent).as("the provider was asked for tokens").isNotNull();
        assertThat(sent.getClientAuthentication().getMethod()).isEqualTo(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        SignedJWT assertion = ((PrivateKeyJWT) sent.getClientAuthentication()).getClientAssertion();
        assertThat(assertion.verify(
                        new RSASSAVerifier(TestIdentityProvider.clientKey().toRSAPublicKey())))
                .isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo("gevinst-helseid");
        assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo("gevinst-helseid");
        assertThat(assertion.getJWTClaimsSet().getAudience())
                .containsExactly(
                        TestIdentityProvider.server().tokenEndpointUrl(HELSEID).toString());
        UUID user = userOf(HELSEID, subject).orElseThrow();
        assertThat(jdbc.sql("SELECT organisation_number FROM user_identity WHERE user_id = :id")
                        .param("id", user)
                        .query(String.class)
                        .single())
                .isEqualTo(number);
        assertThat(browser.landedOn().getPath()).isEqualTo("/access-pending");
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        String subject = subject();
        TestIdentityProvider.nextSignIn(FORGED, subject, Map.of("name", "Fred Forfalsket"));

        browser.signIn(FORGED);

        assertThat(browser.landedOn().toString()).endsWith("/login?oidc=failed");
        assertThat(userOf(FORGED, subject)).isEmpty();
        assertThat(sessionsMade()).isZero();
        assertThat(browser.get("/benefits").statusCode()).isEqualTo(302);
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        String subject = subject();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Ella Utløpt"), true);

        HttpResponse<String> refused = browser.signIn(TEST_ID);

        assertThat(browser.landedOn().toString()).endsWith("/login?oidc=failed");
        assertThat(refused.body()).contains("Innloggingen ble avvist");
        assertThat(userOf(TEST_ID, subject)).isEmpty();
        assertThat(sessionsMade()).isZero();
    }

    @Test
    void theLoginFormStillSignsInAndRecordsWhen() throws Exception {
        users.withRole("oidc-form-user", Role.LESER, null);
        UUID user = jdbc.sql("SELECT id FROM app_user WHERE username = 'oidc-form-user'")
                .query(UUID.class)
                .single();
        TestBrowser form = new TestBrowser(port);
        String token = TestBrowser.csrfToken(form.get("/login").body());
        Optional<java.time.OffsetDateTime> before = lastSignIn(user);

        HttpResponse<String> login = form.post(
                "/login",
                "username=oidc-form-user&password=" + TestBrowser.encode(TestUsers.PASSWORD) + "&_csrf="
                        + TestBrowser.encode(token));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(lastSignIn(user)).isPresent().isNotEqualTo(before);
    }

    @Test
    void aPersonWhoSignsInThroughAProviderHasNoPasswordTheFormCouldTake() throws Exception {
        String subject = subject();
        TestIdentityProvider.nextSignIn(TEST_ID, subject, Map.of("name", "Pål Passordløs"));
        browser.signIn(TEST_ID);
        String username = usernameOf(userOf(TEST_ID, subject).orElseThrow());
        TestBrowser form = new TestBrowser(port);
        String token = TestBrowser.csrfToken(form.get("/login").body());

        HttpResponse<String> login = form.post(
                "/login",
                "username=" + TestBrowser.encode(username) + "&password=anything-at-all&_csrf="
                        + TestBrowser.encode(token));

        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private Optional<UUID> userOf(String registrationId, String subject) {
        return TestIdentityProvider.userOf(jdbc, registrationId, subject);
    }

    private String usernameOf(UUID user) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = :id")
                .param("id", user)
                .query(String.class)
                .single();
    }

    private long rolesOf(UUID user) {
        return jdbc.sql("SELECT count(*) FROM role_assignment WHERE user_id = :id")
                .param("id", user)
                .query(Long.class)
                .single();
    }

    private Optional<java.time.OffsetDateTime> lastSignIn(UUID user) {
        return jdbc.sql("SELECT last_sign_in_at FROM app_user WHERE id = :id AND last_sign_in_at IS NOT NULL")
                .param("id", user)
                .query(java.time.OffsetDateTime.class)
                .optional();
    }

    /** The actors of the user's audit entries with the action. */
    private List<String> audit(UUID user, String action) {
        return jdbc.sql("SELECT actor FROM audit_log WHERE entity_type = 'user' AND entity_id = :id AND action = :a")
                .param("id", user.toString())
                .param("a", action)
                .query(String.class)
                .list();
    }

    /** Sessions signed in as the user, by the name the session knows its principal by (Authentication.getName()). */
    private long signedInSessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
                .param("name", username)
                .query(Long.class)
                .single();
    }

    private long sessionsMade() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= :since")
                .param("since", since)
                .query(Long.class)
                .single();
    }
}
