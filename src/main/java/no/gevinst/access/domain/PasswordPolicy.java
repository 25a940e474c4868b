package no.gevinst.access.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * What a password typed into Gevinst's pages or API must be: at least {@value #MIN_LENGTH} characters, not the
 * user name nor containing it, and none of the passwords everyone tries first (a list shipped with Gevinst, with
 * the Norwegian favourites next to the international ones). Length beats composition rules (NIST SP 800-63B), so
 * there are none. The first administrator, the demo and tests create users directly and are not judged here.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Longer is no safer, and the hash would be computed over text nobody typed. */
    public static final int MAX_LENGTH = 200;

    private static final String COMMON_PASSWORDS = "/access/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Adds to the violations, as the field, what is wrong with the password for the user name. */
    public void check(String field, String password, String username, Violations violations) {
        String typed = password == null ? "" : password;
        int length = typed.codePointCount(0, typed.length());
        String folded = typed.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (length < MIN_LENGTH) {
            violations.add(field, "users.password.tooShort", MIN_LENGTH);
        } else if (length > MAX_LENGTH) {
            violations.add(field, "users.password.tooLong", MAX_LENGTH);
        } else if (!name.isEmpty() && folded.contains(name)) {
            violations.add(field, "users.password.containsUsername");
        } else if (common.contains(folded)) {
            violations.add(field, "users.password.common");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
