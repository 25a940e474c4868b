package no.gevinst.golive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.programme.Programme;
import no.gevinst.shared.IndicatorId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The traffic light stored for an indicator whose baseline is set at a unit's go-live, which the register's filter
 * reads, follows the go-live when a wave's date moves and when the anchor is cleared, without the indicator being
 * written: the go-live module tells the indicator module after its commit, and the listener refreshes the light.
 */
@GevinstIntegrationTest
class StoredLightFollowsGoLiveIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    GoLiveWaves waves;

    @Autowired
    Indicators indicators;

    @Autowired
    Benefits benefits;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void movingTheWavesActualDateChangesTheStoredLightAndTheRegistersFilter() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre dobbeltregistreringer");
        IndicatorId id = as(() -> indicators.create(
                        TestIndicators.monthly(benefit.id().toString(), "Minutter per innleggelse", null)))
                .id();
        as(() -> indicators.setBaseline(
                id,
                BaselineCommand.parse(new BaselineInput(
                        "15",
                        "2022-01-01",
                        "2022-03-31",
                        "Tidsstudie",
                        "Demo",
                        "",
                        "",
                        "true",
                        "Settes når løsningen tas i bruk."))));
        as(() -> indicators.setTrajectory(id, TrajectoryCommand.parse(List.of("2027-12-31"), List.of("5"))));
        Wave wave = as(() -> waves.create(
                programme.id(),
                new WaveInput(
                        "Bølge 1", "2024-06-01", "", List.of(programme.owner().toString()))));
        as(() -> waves.anchor(id, programme.owner().toString(), 0));
        // No progress a year after the planned go-live: well behind the trajectory.
        as(() -> indicators.record(
                id,
                MeasurementCommand.readAll(List.of(new MeasurementInput(
                        "15",
                        "2025-05-01",
                        "2025-05-31",
                        programme.owner().toString(),
                        "",
                        "",
                        "Uttrekk",
                        "HIGH",
                        ""))),
                MeasurementSource.FORM));
        assertThat(storedRag(id)).isEqualTo("RED");
        assertThat(filtered(programme, IndicatorFilter.RED)).contains(benefit.title());

        // The go-live happened a year late: no progress was yet due, and the stored light follows.
        as(() -> waves.update(
                programme.id(),
                wave.id(),
                new WaveInput(
                        "Bølge 1",
                        "2024-06-01",
                        "2025-06-01",
                        List.of(programme.owner().toString())),
                0));
        awaitRag(id, "GREEN");
        assertThat(filtered(programme, IndicatorFilter.GREEN)).contains(benefit.title());
        assertThat(filtered(programme, IndicatorFilter.RED)).doesNotContain(benefit.title());

        // Without the anchor the baseline is back in 2022, and the indicator is behind again.
        as(() -> waves.anchor(id, "", 1));
        awaitRag(id, "RED");
        assertThat(filtered(programme, IndicatorFilter.RED)).contains(benefit.title());
    }

    private void awaitRag(IndicatorId id, String rag) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rag.equals(storedRag(id)));
    }

    private String storedRag(IndicatorId id) {
        return jdbc.sql("SELECT rag FROM indicator WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    private List<String> filtered(Programme programme, IndicatorFilter filter) {
        return as(
                () -> benefits
                        .list(BenefitQuery.builder()
                                .programme(programme.id())
                                .indicator(filter)
                                .build())
                        .stream()
                        .map(Benefit::title)
                        .toList());
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return users.callAs(COORDINATOR, work);
    }
}
