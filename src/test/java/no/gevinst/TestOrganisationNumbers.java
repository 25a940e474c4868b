package no.gevinst;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes valid organisation numbers that no other test uses, since all tests of a run share one database.
 * The check digit is computed here independently of the production code, from the published rule.
 */
public final class TestOrganisationNumbers {

    private static final AtomicInteger next = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestOrganisationNumbers() {}

    public static String unique() {
        while (true) {
            String base = "8%07d".formatted(next.getAndIncrement() % 10_000_000);
            int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += Character.getNumericValue(base.charAt(i)) * weights[i];
            }
            int remainder = sum % 11;
            if (remainder == 1) {
                continue; // no check digit exists for these eight digits
            }
            return base + (remainder == 0 ? 0 : 11 - remainder);
        }
    }
}
