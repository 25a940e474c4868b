package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.portfolio.Realised;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/**
 * Realised kroner added up programme by programme equal those reckoned over all the programmes' benefits at once, to
 * the øre, for drawn programmes whose years start at different times and whose benefits are measured in some years.
 */
class RealisedKronerMergeTest {

    private static final int THIS_YEAR = 2026;
    private static final ProgrammeId SELECTED = null;

    @Test
    void yearsAddedUpProgrammeByProgrammeEqualTheWholeReckoned() {
        Random random = new Random(15);
        for (int portfolio = 0; portfolio < 300; portfolio++) {
            int programmes = random.nextInt(5);
            List<SortedMap<Integer, Realised>> parts = new ArrayList<>();
            Map<Integer, List<Realised.Benefit>> all = new TreeMap<>();
            int firstOfAll = THIS_YEAR + 1;
            for (int p = 0; p < programmes; p++) {
                int first = THIS_YEAR - 4 + random.nextInt(7);
                firstOfAll = Math.min(firstOfAll, first);
                Map<Integer, List<Realised.Benefit>> own = new TreeMap<>();
                for (int year = first; year <= THIS_YEAR; year++) {
                    List<Realised.Benefit> counted = new ArrayList<>();
                    for (int b = random.nextInt(3); b > 0; b--) {
                        counted.add(benefit(random));
                    }
                    own.put(year, counted);
                    all.computeIfAbsent(year, y -> new ArrayList<>()).addAll(counted);
                }
                parts.add(RealisedKroner.sums(reckoned(own, first)));
            }
            SortedMap<Integer, Realised> merged = RealisedKroner.merged(SELECTED, parts, THIS_YEAR);
            SortedMap<Integer, Realised> whole = RealisedKroner.sums(reckoned(all, firstOfAll));
            assertThat(merged).as("portfolio %d", portfolio).isEqualTo(whole);
        }
    }

    /** Each year from the first to this one: the sum of its counted benefits, or not measured when none. */
    private static SortedMap<Integer, Realised> reckoned(Map<Integer, List<Realised.Benefit>> byYear, int first) {
        SortedMap<Integer, Realised> years = new TreeMap<>();
        for (int year = first; year <= THIS_YEAR; year++) {
            List<Realised.Benefit> counted = byYear.getOrDefault(year, List.of());
            if (counted.isEmpty()) {
                years.put(year, Realised.notMeasured(SELECTED, year));
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal unsigned = BigDecimal.ZERO;
            for (Realised.Benefit b : counted) {
                total = total.add(b.realised());
                unsigned = b.signed() ? unsigned : unsigned.add(b.realised());
            }
            years.put(year, new Realised(SELECTED, year, true, total, unsigned, counted));
        }
        return years;
    }

    private static Realised.Benefit benefit(Random random) {
        // Kroner with up to ten decimals, as a forecast times a mean achievement gives them.
        BigDecimal realised = BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), random.nextInt(11));
        return new Realised.Benefit(
                new BenefitId(java.util.UUID.randomUUID()),
                "G",
                "",
                "P",
                realised,
                BigDecimal.ONE,
                realised,
                true,
                random.nextBoolean(),
                List.of());
    }
}
