package no.gevinst.access.domain;

import java.security.SecureRandom;

/**
 * Passwords an administrator reads out or sends to a user after a reset: random, of letters and digits that cannot
 * be mistaken for each other (no 0/O, 1/l/I), in groups of four for reading aloud; 16 of 54 characters.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
