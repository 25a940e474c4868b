package no.gevinst.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import no.gevinst.organisation.OrganisationNumber;
import org.junit.jupiter.api.Test;

/** The region generator's arithmetic, without a database: what the full-size run will generate. */
class RegionShapeTest {

    @Test
    void theFullSizeRegionHasTwentyThousandBenefitsSixtyThousandIndicatorsAndTenMillionMeasurements() {
        RegionGenerator.Sizes sizes = RegionGenerator.Sizes.scaled(1);
        assertThat(sizes.benefits()).isEqualTo(20_000);
        assertThat(sizes.indicators()).isEqualTo(60_000);
        assertThat(sizes.measurements()).isEqualTo(10_000_000);
        assertThat(sizes.priced()).isBetween(2_000, 4_000);
        // The indicators' histories together exceed the requested count, so the generator reaches it; the last few
        // thousand indicators stay unmeasured, and the one with the most rows lies among the measured ones.
        RegionShape shape = new RegionShape(LocalDate.of(2026, 12, 6));
        long planned =
                IntStream.range(0, sizes.indicators()).mapToLong(shape::rows).sum();
        assertThat(planned).isGreaterThan(sizes.measurements());
        assertThat(shape.rows(RegionGenerator.heavyIndicator())).isEqualTo(120L * RegionShape.HEAVY_UNITS);
    }

    @Test
    void everyGeneratedOrganisationNumberIsValid() {
        Set<String> numbers = new HashSet<>();
        for (int base = 97_100_000; numbers.size() < RegionShape.ORGANISATIONS; base++) {
            String number = RegionSetting.withCheckDigit(base);
            if (number != null) {
                assertThat(OrganisationNumber.problemWith(number)).isEmpty();
                numbers.add(number);
            }
        }
    }

    @Test
    void theUnitsOfOneIndicatorAreDistinctOrganisations() {
        for (int indicator = 0; indicator < 2_000; indicator++) {
            Set<Integer> organisations = new HashSet<>();
            for (int unit = 0; unit < RegionShape.units(indicator); unit++) {
                organisations.add(RegionShape.organisation(indicator, unit));
            }
            assertThat(organisations).hasSize(RegionShape.units(indicator));
        }
    }

    @Test
    void percentilesAreExactNearestRanks() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        Latencies latencies = Latencies.of(nanos);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p95()).isEqualTo(95.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(Latencies.of(new long[] {7_000_000}).p99()).isEqualTo(7.0);
    }
}
