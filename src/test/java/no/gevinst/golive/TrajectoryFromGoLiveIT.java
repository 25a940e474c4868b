package no.gevinst.golive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trajectory;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An indicator whose baseline is set at a unit's go-live takes its baseline period and the start of its trajectory
 * from that go-live as it stands: recording the wave's actual day, later than planned, moves them, everywhere the
 * indicator is read (its page, its JSON, the trajectories the portfolio reads); the stored baseline and the targets'
 * dates stay as recorded, and clearing the anchor gives the recorded period back.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class TrajectoryFromGoLiveIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    GoLiveWaves waves;

    @Autowired
    Indicators indicators;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void movingTheWavesActualDateMovesTheBaselinePeriodAndTheTrajectoryStart() throws Exception {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Nullpunktklinikken");
        Benefit benefit = testProgrammes.bareBenefit(programme, "Mindre dobbeltregistrering");
        IndicatorId id = as(
                        COORDINATOR,
                        () -> indicators.create(
                                TestIndicators.monthly(benefit.id().toString(), "Minutter per innleggelse", null)))
                .id();
        as(
                COORDINATOR,
                () -> indicators.setBaseline(
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
        as(
                COORDINATOR,
                () -> indicators.setTrajectory(id, TrajectoryCommand.parse(List.of("2027-12-31"), List.of("5"))));
        Wave wave = as(
                COORDINATOR,
                () -> waves.create(
                        programme.id(),
                        new WaveInput(
                                "Bølge 1",
                                "2024-06-01",
                                "",
                                List.of(programme.owner().toString()))));
        // Anchored at the clinic, which goes live with the organisation above it.
        as(COORDINATOR, () -> waves.anchor(id, clinic.id().toString(), 0));

        Baseline planned = baseline(id);
        assertThat(planned.periodStart()).isEqualTo("2024-03-01");
        assertThat(planned.periodEnd()).isEqualTo("2024-05-31");
        Trajectory before = trajectory(id);
        assertThat(before.expectedAt(LocalDate.parse("2024-05-31"))).isEqualByComparingTo("15");
        assertThat(before.expectedAt(LocalDate.parse("2024-08-31"))).isLessThan(new BigDecimal("15"));

        // The wave went live three months late: the baseline and the start of the trajectory follow.
        as(
                COORDINATOR,
                () -> waves.update(
                        programme.id(),
                        wave.id(),
                        new WaveInput(
                                "Bølge 1",
                                "2024-06-01",
                                "2024-09-01",
                                List.of(programme.owner().toString())),
                        0));
        Baseline actual = baseline(id);
        assertThat(actual.periodStart()).isEqualTo("2024-06-01");
        assertThat(actual.periodEnd()).isEqualTo("2024-08-31");
        assertThat(actual.value()).isEqualByComparingTo("15");
        Trajectory after = trajectory(id);
        assertThat(after.expectedAt(LocalDate.parse("2024-08-31"))).isEqualByComparingTo("15");
        assertThat(after.expectedAt(LocalDate.parse("2024-09-01"))).isLessThan(new BigDecimal("15"));
        // The targets keep their dates, and the status is reckoned from the moved start.
        IndicatorView view = as(COORDINATOR, () -> indicators.view(id, NorwegianTime.today()));
        assertThat(view.targets()).extracting(TargetPoint::date).containsExactly(LocalDate.parse("2027-12-31"));
        // What was recorded is kept as it was.
        assertThat(jdbc.sql("SELECT period_start FROM baseline WHERE indicator_id = :id")
                        .param("id", id.value())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo("2022-01-01");

        mvc.perform(get("/indicators/{id}", id).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nullpunktsperioden (01.06.2024–31.08.2024)")))
                .andExpect(content().string(containsString("go-live 01.09.2024")));
        mvc.perform(get("/api/v1/indicators/{id}", id).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseline.periodStart").value("2024-06-01"))
                .andExpect(jsonPath("$.baseline.periodEnd").value("2024-08-31"));

        // Without the anchor the baseline is where it was recorded.
        as(COORDINATOR, () -> waves.anchor(id, "", 1));
        assertThat(baseline(id).periodStart()).isEqualTo("2022-01-01");
        assertThat(baseline(id).periodEnd()).isEqualTo("2022-03-31");

        // A baseline measured before the change, not set at go-live, stays where it was measured, anchored or not.
        as(COORDINATOR, () -> waves.anchor(id, clinic.id().toString(), 0));
        as(
                COORDINATOR,
                () -> indicators.setBaseline(
                        id,
                        BaselineCommand.parse(new BaselineInput(
                                "15", "2022-01-01", "2022-03-31", "Tidsstudie", "Demo", "", "", "false", null))));
        assertThat(baseline(id).periodStart()).isEqualTo("2022-01-01");
        mvc.perform(get("/indicators/{id}", id).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"golive-not-placed\"")));
    }

    private Baseline baseline(IndicatorId id) {
        return as(COORDINATOR, () -> indicators.view(id, NorwegianTime.today()).baseline());
    }

    private Trajectory trajectory(IndicatorId id) {
        Map<IndicatorId, Trajectory> all = as(COORDINATOR, () -> indicators.trajectories(List.of(id)));
        return all.get(id);
    }

    private Organisation unitUnder(Programme programme, String name) {
        return as(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        programme.owner().toString())));
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }
}
