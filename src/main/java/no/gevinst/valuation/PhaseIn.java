package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;

/**
 * Innfasing: the share of the full effect reached each year, from the first year on. Written either as yearly
 * increases (seed 004: "5 % i 2022, 11 % i 2023 og 12 % for resten av perioden") or as cumulative shares; both
 * forms are kept in step. The cumulative share never exceeds 100 % and never falls.
 *
 * @param cumulative the cumulative share in percent for each year from {@code firstYear}; the last one holds after
 */
public record PhaseIn(int firstYear, List<BigDecimal> cumulative) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PhaseIn {
        cumulative = List.copyOf(cumulative);
    }

    /** Full effect from the first year. */
    public static PhaseIn immediate(int firstYear) {
        return new PhaseIn(firstYear, List.of(HUNDRED));
    }

    /** From yearly increases in percent; each is checked, and so is their sum. */
    public static PhaseIn increases(int firstYear, List<String> increases) {
        Violations v = new Violations();
        List<BigDecimal> cumulative = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < increases.size(); i++) {
            BigDecimal step = percent(increases.get(i), "phaseIn.increases[" + i + "]", v);
            if (step != null && step.signum() < 0) {
                v.add("phaseIn.increases[" + i + "]", "valuation.phaseIn.negative");
            }
            total = total.add(step == null ? BigDecimal.ZERO : step);
            cumulative.add(total);
        }
        if (total.compareTo(HUNDRED) > 0) {
            v.add(
                    "phaseIn",
                    "valuation.phaseIn.over100",
                    total.stripTrailingZeros().toPlainString());
        }
        v.throwIfAny();
        return new PhaseIn(firstYear, cumulative);
    }

    /** From cumulative shares in percent, which must not fall nor exceed 100. */
    public static PhaseIn cumulative(int firstYear, List<String> shares) {
        Violations v = new Violations();
        List<BigDecimal> cumulative = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            String field = "phaseIn.cumulative[" + i + "]";
            BigDecimal share = percent(shares.get(i), field, v);
            if (share == null) {
                continue;
            }
            if (share.compareTo(HUNDRED) > 0) {
                v.add(
                        field,
                        "valuation.phaseIn.over100",
                        share.stripTrailingZeros().toPlainString());
            } else if (share.compareTo(previous) < 0) {
                v.add(field, "valuation.phaseIn.falls");
            }
            cumulative.add(share);
            previous = share;
        }
        v.throwIfAny();
        return new PhaseIn(firstYear, cumulative);
    }

    /** The cumulative share in the year, as a fraction: 0 before the first year, the last share after. */
    public BigDecimal fraction(int year) {
        if (year < firstYear || cumulative.isEmpty()) {
            return BigDecimal.ZERO;
        }
        int index = Math.min(year - firstYear, cumulative.size() - 1);
        return cumulative.get(index).divide(HUNDRED, Formula.MATH);
    }

    /** The yearly increases, the other way of writing the same phase-in. */
    public List<BigDecimal> increases() {
        List<BigDecimal> steps = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal share : cumulative) {
            steps.add(share.subtract(previous));
            previous = share;
        }
        return steps;
    }

    private static BigDecimal percent(String text, String field, Violations v) {
        try {
            return NorwegianNumbers.parsePercent(text);
        } catch (NumberFormatException | NullPointerException e) {
            v.add(field, "valuation.number", String.valueOf(text));
            return null;
        }
    }
}
