package no.gevinst.access.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secrets of API tokens: {@code gvt_} and 32 random bytes in base64url, recognisable in logs and by secret
 * scanners. Only their SHA-256 is stored: the secret has 256 bits of entropy, so a slow password hash would add
 * nothing but cost on every API call.
 */
final class TokenSecrets {

    static final String MARK = "gvt_";
    private static final Pattern FORM = Pattern.compile("gvt_[A-Za-z0-9_-]{43}");
    private static final int PREFIX_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text has a secret's form; anything else is refused without asking the database. */
    static boolean wellFormed(String secret) {
        return secret != null && FORM.matcher(secret).matches();
    }

    static String hash(String secret) {
        return no.gevinst.shared.Sha256.hex(secret);
    }

    /** The first characters, shown in lists so that a token can be recognised without revealing it. */
    static String prefix(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }
}
