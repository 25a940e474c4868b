package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Realised kroner of a benefit shared 40 % with another programme (issue 18). The benefit is priced at 10 nurses ×
 * 1 hour × 12 × 600 kr = 72 000 kr a year from 2026, its indicator goes from 20 towards 10 and measured 15 in June
 * 2026: achievement 0.5, realised 36 000 kr in 2026, unsigned since it arises in St. Olavs and the programme's owner
 * invests. The receiving programme counts 40 % of it (14 400 kr), the home programme 60 % (21 600 kr), signed and
 * unsigned alike; the two together count it once, as the portfolio does.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharedBenefitRealisedIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Valuations valuations;

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Organisations organisations;

    @Autowired
    Dashboards dashboards;

    @Test
    void eachProgrammeCountsTheSharedBenefitsRealisedKronerAtItsShareAndTheTwoTogetherCountThemOnce() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = pricedAndMeasured(home);
        Dashboard.Year alone = year(home.id());
        assertThat(alone.realised()).isEqualByComparingTo("36000");
        assertThat(alone.realisedUnsigned()).isEqualByComparingTo("36000");
        assertThat(year(receiving.id()).realised()).isNull();

        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        Dashboard.Year atHome = year(home.id());
        Dashboard.Year received = year(receiving.id());
        assertThat(received.realised()).isEqualByComparingTo("14400");
        assertThat(received.realisedUnsigned()).isEqualByComparingTo("14400");
        assertThat(atHome.realised()).isEqualByComparingTo("21600");
        assertThat(atHome.realisedUnsigned()).isEqualByComparingTo("21600");
        // Over the programmes sharing it: 100 % of the benefit, once.
        assertThat(atHome.realised().add(received.realised())).isEqualByComparingTo(alone.realised());
        assertThat(atHome.realisedUnsigned().add(received.realisedUnsigned()))
                .isEqualByComparingTo(alone.realisedUnsigned());

        // The realised page lists each programme's row at its share, adding up to the dashboard's figure.
        Realised traced = users.callAs(COORDINATOR, () -> dashboards.realised(receiving.id(), 2026, TODAY));
        assertThat(traced.total()).isEqualByComparingTo("14400");
        assertThat(traced.benefits()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(benefit.id());
            assertThat(b.forecast()).isEqualByComparingTo("28800");
            assertThat(b.realised()).isEqualByComparingTo("14400");
        });
        Realised tracedHome = users.callAs(COORDINATOR, () -> dashboards.realised(home.id(), 2026, TODAY));
        assertThat(tracedHome.total()).isEqualByComparingTo("21600");
        assertThat(tracedHome.benefits())
                .singleElement()
                .satisfies(b -> assertThat(b.realised()).isEqualByComparingTo("21600"));

        mvc.perform(get("/portfolio")
                        .param("programme", receiving.id().toString())
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("40 % av 36 000 kr = 14 400 kr")));
        mvc.perform(get("/portfolio").param("programme", home.id().toString()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60 % av 36 000 kr = 21 600 kr")));
    }

    private Benefit pricedAndMeasured(Programme home) {
        OrganisationId stOlavs = users.callAs(
                "kari", () -> organisations.search("883974832").getFirst().id());
        return users.callAs(COORDINATOR, () -> {
            Benefit b = benefits.create(TestBenefitInputs.bare(home.id().toString(), "Delt og målt")
                    .benefitClass("CAPACITY")
                    .allocations(List.of(new BenefitInput.AllocationInput(stOlavs.toString(), "100")))
                    .investorIds(List.of(home.owner().toString()))
                    .build());
            valuations.saveAssumption(
                    home.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10").build());
            valuations.setModel(
                    b.id(),
                    new ValuationInputs.ModelInput(
                            "OWN_ORGANISATION",
                            "TIME_SAVING",
                            Map.of(
                                    "persons", "sykepleiere",
                                    "minutesPerPeriod", "60",
                                    "periodsPerYear", "12",
                                    "hourlyCost", "600"),
                            "2026",
                            "CUMULATIVE",
                            List.of("100")));
            Indicator indicator = indicators.create(TestIndicators.monthly(b.id().toString(), "Ventetid delt", null));
            indicators.setBaseline(
                    indicator.id(),
                    BaselineCommand.parse(
                            new BaselineInput("20", "2024-01-01", "2024-12-31", "", "", "", "", "false", null)));
            indicators.setTrajectory(
                    indicator.id(), TrajectoryCommand.parse(List.of("2025-01-01", "2026-12-31"), List.of("20", "10")));
            indicators.record(
                    indicator.id(),
                    MeasurementCommand.readAll(List.of(new MeasurementInput(
                            "15", "2026-06-01", "2026-06-30", home.owner().toString(), "", "", "", "", ""))),
                    MeasurementSource.FORM);
            return b;
        });
    }

    /** The dashboard's year 2026 for the programme, as served (kept parts and all). */
    private Dashboard.Year year(ProgrammeId programme) {
        Dashboard dashboard = users.callAs(COORDINATOR, () -> dashboards.of(programme, TODAY));
        return dashboard.years().stream()
                .filter(y -> y.year() == 2026)
                .findFirst()
                .orElseGet(() -> new Dashboard.Year(
                        2026,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        null,
                        true,
                        null,
                        null));
    }
}
