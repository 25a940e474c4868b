package no.gevinst.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.Violations;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswordsTheUserNameAndCommonOnesNamingTheField() {
        assertThat(refusal("elleve-tegn", "kari")).isEqualTo("users.password.tooShort");
        assertThat(refusal("KARI-sitt-passord", "kari")).isEqualTo("users.password.containsUsername");
        assertThat(refusal("Passord12345", "kari")).isEqualTo("users.password.common");
        assertThat(refusal("velkommen2024", "kari")).isEqualTo("users.password.common");
        assertThat(refusal("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "kari")).isEqualTo("users.password.tooLong");
        assertThat(refusal("en lang og egen passfrase", "kari")).isNull();
    }

    @Test
    void theDemoAndTestPasswordsAreLongEnoughButTheDemosIsKnownToEveryone() {
        // The demo loader and tests create users directly and are not judged; typed into a page, these would be.
        assertThat(refusal("test-user-password", "someone")).isNull();
        assertThat(refusal("gevinst-demo", "kari")).isEqualTo("users.password.common");
    }

    @Test
    void theCommonListHoldsTheNorwegianAndEnglishFavourites() {
        assertThat(policy.isCommon("passord123")).isTrue();
        assertThat(policy.isCommon("Sommer2024")).isTrue();
        assertThat(policy.isCommon("qwertyuiop123")).isTrue();
        assertThat(policy.isCommon("password123456")).isTrue();
    }

    @Test
    void newHashesAreArgon2idWhileOldBcryptHashesStillMatchAndAskToBeUpgraded() {
        PasswordEncoder encoder =
                new PasswordHashing(PasswordHashing.MEMORY_KIB, PasswordHashing.PASSES).passwordEncoder();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("gevinst-demo");
        assertThat(encoder.matches("gevinst-demo", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        String argon = encoder.encode("gevinst-demo");
        assertThat(argon).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("gevinst-demo", argon)).isTrue();
        assertThat(encoder.upgradeEncoding(argon)).isFalse();
    }

    private String refusal(String password, String username) {
        Violations violations = new Violations();
        policy.check("password", password, username, violations);
        try {
            violations.throwIfAny();
            return null;
        } catch (InvalidInputException e) {
            assertThat(e.violations().getFirst().field()).isEqualTo("password");
            return e.violations().getFirst().messageKey();
        }
    }
}
