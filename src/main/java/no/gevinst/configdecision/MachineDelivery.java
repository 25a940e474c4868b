package no.gevinst.configdecision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How many of a programme's indicators are delivered by machine — their latest measurements came by API or FHIR —
 * against the aim that all are (seed 000 §2.3.4), and the ones that are not yet, as a list to act on.
 *
 * @param indicators how many indicators the programme's benefits have
 * @param byMachine how many of them are delivered by machine
 * @param notYet the others, by benefit code and indicator name
 */
public record MachineDelivery(int indicators, int byMachine, List<DeliveryGap> notYet) {

    public MachineDelivery {
        if (byMachine < 0 || byMachine > indicators) {
            throw new IllegalArgumentException("0 ≤ byMachine ≤ indicators: " + byMachine + " of " + indicators);
        }
        notYet = List.copyOf(notYet);
    }

    /** byMachine ÷ indicators × 100, to whole percent rounded half up; 0 when there are no indicators. */
    public int percent() {
        if (indicators == 0) {
            return 0;
        }
        return BigDecimal.valueOf(byMachine)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(indicators), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** Every indicator is delivered by machine: the aim is met. */
    public boolean aimMet() {
        return indicators > 0 && byMachine == indicators;
    }
}
