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
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A priced benefit shared 60/40 between its home programme and another (issue 18): each programme's dashboard counts
 * it at its share, the two together count it once, the dashboard shows the share's formula, and ending the share
 * takes it out of the kept dashboards at once.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharedBenefitDashboardIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

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
    Dashboards dashboards;

    @Test
    void eachProgrammeCountsTheSharedBenefitAtItsShareAndTheTwoTogetherCountItOnce() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt og prissatt", "CAPACITY");
        users.runAs(COORDINATOR, () -> {
            valuations.saveAssumption(
                    home.id(),
                    AssumptionInputBuilder.number("sykepleiere", "10").build());
            valuations.setModel(
                    benefit.id(),
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
        });
        Map<Integer, BigDecimal> whole = forecast(home.id());
        assertThat(whole).isNotEmpty();
        assertThat(forecast(receiving.id())).isEmpty();

        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        // Proposed only: nothing moves until the receiving programme accepts.
        assertThat(forecast(home.id())).isEqualTo(whole);
        BenefitShare accepted =
                users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        Map<Integer, BigDecimal> atHome = forecast(home.id());
        Map<Integer, BigDecimal> received = forecast(receiving.id());
        whole.forEach((year, value) -> {
            assertThat(received.get(year)).isEqualByComparingTo(value.multiply(new BigDecimal("0.4")));
            assertThat(atHome.get(year)).isEqualByComparingTo(value.multiply(new BigDecimal("0.6")));
            assertThat(atHome.get(year).add(received.get(year))).isEqualByComparingTo(value);
        });

        BigDecimal sum = whole.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String formula = "40 % av " + kroner(sum) + " kr = " + kroner(sum.multiply(new BigDecimal("0.4"))) + " kr";
        mvc.perform(get("/portfolio")
                        .param("programme", receiving.id().toString())
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevinster delt mellom programmer")))
                .andExpect(content().string(containsString(benefit.code())))
                .andExpect(content().string(containsString(formula)));
        mvc.perform(get("/portfolio").param("programme", home.id().toString()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60 % av " + kroner(sum) + " kr")));

        // Ending the share takes it out of the dashboards served (kept parts included) at once.
        users.runAs(COORDINATOR, () -> sharing.end(benefit.id(), receiving.id(), accepted.version()));
        assertThat(forecast(receiving.id())).isEmpty();
        assertThat(forecast(home.id())).isEqualTo(whole);
    }

    /** The dashboard's forecast per year, as it is served (kept parts and all), without the years of zero. */
    private Map<Integer, BigDecimal> forecast(ProgrammeId programme) {
        Dashboard dashboard = users.callAs(COORDINATOR, () -> dashboards.of(programme, TODAY));
        Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
        dashboard.years().stream()
                .filter(y -> y.forecast().signum() != 0)
                .forEach(y -> byYear.put(y.year(), y.forecast().stripTrailingZeros()));
        return byYear;
    }

    private static String kroner(BigDecimal value) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0", symbols);
        return format.format(value);
    }
}
