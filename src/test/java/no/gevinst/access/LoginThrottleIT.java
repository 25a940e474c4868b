package no.gevinst.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed logins through the login form and through HTTP Basic on the API, with the real security filter chain. Each
 * test uses an account and a client address of its own; the passing of a wait is played by moving the stored
 * {@code blocked_until} into the past, as the clock would.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LoginThrottleIT {

    private static final String WRONG = "not-the-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterFiveWrongPasswordsTheFormAsksToWaitAndRefusesEvenTheRightPasswordUntilTheWaitHasPassed()
            throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 1; i <= 4; i++) {
            formLogin(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        formLogin(user, WRONG, address).andExpect(redirectedUrl("/login?throttled=1"));

        formLogin(user, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=1"));
        assertThat(failures("account:" + user))
                .as("a refused login is not counted")
                .isEqualTo(5);

        waitHasPassed("account:" + user);
        formLogin(user, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/"));
        assertThat(rows("account:" + user))
                .as("a success forgets the account's failures")
                .isZero();
        formLogin(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLoginPageSaysHowLongToWaitInTheReadersLanguage() throws Exception {
        mvc.perform(get("/login").param("throttled", "1"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "For mange mislykkede forsøk. Prøv igjen om 1 minutt.")));
        mvc.perform(get("/login").param("throttled", "15").param("lang", "en"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Too many failed attempts. Try again in 15 minutes.")));
        mvc.perform(get("/login").param("throttled", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("For mange mislykkede"))));
    }

    @Test
    void fortyWrongPasswordsInARowOverBasicAreMostlyNeverCheckedAndTheRightOneIsThenRefused() throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 0; i < 40; i++) {
            basic(user, WRONG, address).andExpect(status().isUnauthorized());
        }
        basic(user, TestUsers.PASSWORD, address)
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("Retry-After"));
        // Five are checked; only a very slow machine would let a wait of 2 s (then 4 s) pass between two requests.
        assertThat(failures("account:" + user)).isBetween(5, 7);
    }

    @Test
    void theTenthFailureLocksTheAccountForAQuarterOfAnHourAndTheLockIsAudited() throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 1; i <= 10; i++) {
            basic(user, WRONG, address).andExpect(status().isUnauthorized());
            if (i < 10) {
                waitHasPassed("account:" + user);
            }
        }
        assertThat(jdbc.sql("""
                        SELECT blocked_until > now() + interval '14 minutes' FROM login_throttle WHERE subject = :s
                        """)
                        .param("s", "account:" + user)
                        .query(Boolean.class)
                        .single())
                .as("locked for about 15 minutes")
                .isTrue();
        basic(user, TestUsers.PASSWORD, address)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("8[4-9]\\d|900")));
        formLogin(user, TestUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=15"));

        String userId = jdbc.sql("SELECT id::text FROM app_user WHERE username = :u")
                .param("u", user)
                .query(String.class)
                .single();
        List<String> locks =
                jdbc.sql("""
                        SELECT after_state ->> 'address' FROM audit_log
                        WHERE entity_type = 'user' AND entity_id = :id AND action = 'login-locked'
                        """).param("id", userId).query(String.class).list();
        assertThat(locks).containsExactly(address);
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsStoppedWhileOtherAddressesLogInAsUsual() throws Exception {
        String user = newUser();
        String guesser = newAddress();
        for (int i = 1; i <= 30; i++) {
            basic("nobody-" + ThreadLocalRandom.current().nextInt(1_000_000_000), WRONG, guesser)
                    .andExpect(status().isUnauthorized());
            if (i < 30) {
                waitHasPassed("address:" + guesser);
            }
        }
        basic(user, TestUsers.PASSWORD, guesser)
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("Retry-After"));
        basic(user, TestUsers.PASSWORD, newAddress()).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_log
                        WHERE entity_type = 'client-address' AND entity_id = :address AND action = 'login-locked'
                        """).param("address", guesser).query(Long.class).single())
                .isOne();
    }

    @Test
    void ofParallelGuessesAtTheLockOnlyOneHasItsPasswordChecked() throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 0; i < 9; i++) {
            basic(user, WRONG, address).andExpect(status().isUnauthorized());
            waitHasPassed("account:" + user);
        }
        int parallel = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return basic(user, WRONG, address).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        }
        // The first to arrive reserved the lock its failure would earn; the others were refused without a check.
        assertThat(failures("account:" + user)).isEqualTo(10);
    }

    @Test
    void aSecondAccountAndTheLoopbackAddressAreNotHeldAgainstAnother() throws Exception {
        String user = newUser();
        String other = newUser();
        for (int i = 0; i < 5; i++) {
            basic(user, WRONG, "127.0.0.1").andExpect(status().isUnauthorized());
        }
        basic(other, TestUsers.PASSWORD, "127.0.0.1").andExpect(status().isOk());
        assertThat(rows("address:127.0.0.1")).isZero();
    }

    private ResultActions formLogin(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private ResultActions basic(String username, String password, String address) throws Exception {
        return mvc.perform(
                get("/api/v1/programmes").with(httpBasic(username, password)).with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String newUser() {
        return users.withRole(
                "throttled-" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999), Role.LESER, null);
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private void waitHasPassed(String subject) {
        jdbc.sql("UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE subject = :s")
                .param("s", subject)
                .update();
    }

    private int failures(String subject) {
        return jdbc.sql("SELECT failures FROM login_throttle WHERE subject = :s")
                .param("s", subject)
                .query(Integer.class)
                .single();
    }

    private long rows(String subject) {
        return jdbc.sql("SELECT count(*) FROM login_throttle WHERE subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }
}
