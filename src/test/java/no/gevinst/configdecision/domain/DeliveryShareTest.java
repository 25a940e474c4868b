package no.gevinst.configdecision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.gevinst.TestMeasurements;
import no.gevinst.configdecision.DeliveryGap;
import no.gevinst.configdecision.MachineDelivery;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import org.junit.jupiter.api.Test;

/** The share of indicators delivered by machine, worked out by hand. */
class DeliveryShareTest {

    @Test
    void sevenOfTwelveIndicatorsByMachineIsFiftyEightPercent() {
        // 7 ÷ 12 × 100 = 58.33… → 58 %; the five others are listed, by benefit code and then name.
        List<DeliveryShare.Line> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new DeliveryShare.Line(gap("HP-" + (12 - i), "Indikator " + i), i < 7));
        }
        MachineDelivery delivery = DeliveryShare.tally(lines);
        assertThat(delivery.indicators()).isEqualTo(12);
        assertThat(delivery.byMachine()).isEqualTo(7);
        assertThat(delivery.percent()).isEqualTo(58);
        assertThat(delivery.aimMet()).isFalse();
        assertThat(delivery.notYet())
                .extracting(DeliveryGap::benefitCode)
                .containsExactly("HP-1", "HP-2", "HP-3", "HP-4", "HP-5");
    }

    @Test
    void halvesRoundUpAndNoIndicatorsIsNoShare() {
        // 1 ÷ 8 × 100 = 12.5 → 13 %; 2 ÷ 3 × 100 = 66.67 → 67 %; 3 of 3 meets the aim; none gives 0 % and no aim met.
        assertThat(new MachineDelivery(8, 1, List.of()).percent()).isEqualTo(13);
        assertThat(new MachineDelivery(3, 2, List.of()).percent()).isEqualTo(67);
        assertThat(new MachineDelivery(3, 3, List.of()).aimMet()).isTrue();
        assertThat(new MachineDelivery(0, 0, List.of()).percent()).isZero();
        assertThat(new MachineDelivery(0, 0, List.of()).aimMet()).isFalse();
    }

    @Test
    void byMachineOnlyWhenEveryMeasurementOfTheLatestPeriodCameByApiOrFhir() {
        assertThat(DeliveryShare.byMachine(List.of(m(MeasurementSource.API), m(MeasurementSource.FHIR))))
                .isTrue();
        assertThat(DeliveryShare.byMachine(List.of(m(MeasurementSource.FHIR), m(MeasurementSource.FILE))))
                .isFalse();
        assertThat(DeliveryShare.byMachine(List.of(m(MeasurementSource.FORM)))).isFalse();
        assertThat(DeliveryShare.byMachine(List.of())).isFalse();
    }

    private static DeliveryGap gap(String code, String name) {
        return new DeliveryGap(
                new IndicatorId(UUID.randomUUID()),
                name,
                new BenefitId(UUID.randomUUID()),
                code,
                "",
                List.of(),
                List.of());
    }

    private static Measurement m(MeasurementSource source) {
        return TestMeasurements.measurement()
                .from(source)
                .actual("1")
                .in(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                .build();
    }
}
