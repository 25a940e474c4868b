package no.gevinst.benefit;

import java.util.List;
import java.util.Map;

/**
 * One page of the register, with the number of benefits that match and how many of them are in each status
 * (counted over every filter but the status filter, so that the counts show where to go next).
 */
public record RegisterPage(
        List<Benefit> benefits, long total, int page, int size, Map<BenefitStatus, Long> countsByStatus) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
