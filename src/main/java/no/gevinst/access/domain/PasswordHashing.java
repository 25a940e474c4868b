package no.gevinst.access.domain;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id, the memory-hard hash OWASP recommends first, with its minimum parameters (19
 * MiB, two passes, one lane). Each stored hash names its algorithm ({@code {argon2}…}, {@code {bcrypt}…}), so the
 * bcrypt hashes of earlier installations keep working, and are rewritten as Argon2id at their user's next login.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ENCODING = "argon2";

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int PASSES = 2;

    private final int memoryKib;
    private final int passes;

    /**
     * The cost can be raised for a larger machine ({@code gevinst.security.password-hash.*}); the tests lower it,
     * since they sign in thousands of times and the cost only matters against someone guessing a stolen hash. A hash
     * carries the parameters it was made with, so changing them never locks anyone out.
     */
    PasswordHashing(
            @Value("${gevinst.security.password-hash.memory-kib:" + MEMORY_KIB + "}") int memoryKib,
            @Value("${gevinst.security.password-hash.passes:" + PASSES + "}") int passes) {
        this.memoryKib = memoryKib;
        this.passes = passes;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, memoryKib, passes);
        return new DelegatingPasswordEncoder(ENCODING, Map.of(ENCODING, argon2, "bcrypt", new BCryptPasswordEncoder()));
    }
}
