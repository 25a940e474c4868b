package no.gevinst.organisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A Norwegian organisation number (organisasjonsnummer) from Enhetsregisteret: nine digits, the last a
 * modulus 11 check digit over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
public record OrganisationNumber(@JsonValue String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get() + ": " + value);
        }
    }

    /** Accepts the number with the spaces people write it with ("983 974 899"). */
    public static OrganisationNumber of(String text) {
        return new OrganisationNumber(normalise(text));
    }

    /**
     * What is wrong with the text as an organisation number, as a message key, or empty when it is valid.
     * Spaces are allowed, as in "983 974 899".
     */
    public static Optional<String> problemWith(String text) {
        String digits = normalise(text);
        if (digits.isEmpty()) {
            return Optional.of("organisationNumber.required");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("organisationNumber.digitsOnly");
        }
        if (digits.length() != 9) {
            return Optional.of("organisationNumber.length");
        }
        if (checkDigit(digits).filter(d -> d == digits.charAt(8) - '0').isEmpty()) {
            return Optional.of("organisationNumber.checkDigit");
        }
        return Optional.empty();
    }

    /** The check digit the first eight digits demand, or empty when no digit can satisfy them (remainder 1). */
    static Optional<Integer> checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? Optional.empty() : Optional.of(check);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace(" ", "").replace("\u00a0", "").strip();
    }

    /** The number grouped in threes, as Brønnøysundregistrene shows it. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
