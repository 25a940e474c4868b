package no.gevinst.portfolio.domain;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.SharedBenefitLine;
import no.gevinst.portfolio.SharedBenefits;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.AssumptionInputBuilder;
import no.gevinst.valuation.ValuationInputs;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared-benefit adjustment kept across readings (issue 15 after issue 18) follows every write it depends on: a
 * benefit shared 40 % from its home programme, then random writes to the home's valuation and register, to the
 * receiving programme's register and to the programmes there are (a benefit priced at home among them); after each, the dashboards served (kept parts and
 * all) and the shared benefits the page lists equal those computed afresh, and are served again as kept while
 * nothing is written.
 */
@GevinstIntegrationTest
class SharedBenefitsKeptIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

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

    @Autowired
    DashboardService computed;

    @Autowired
    SharedBenefits served;

    @Autowired
    SharedForecasts listed;

    @Test
    void afterEachWriteTheKeptAdjustmentEqualsOneWorkedOutAfresh() {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt, holdt og skrevet", "CAPACITY");
        long[] nurses = {nurses(home, 10, -1)};
        users.runAs(COORDINATOR, () -> valuations.setModel(benefit.id(), timeSaving(60)));
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.runAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));
        assertKeptEqualsFresh(home, receiving, "shared");

        Random random = new Random(18);
        for (int step = 0; step < 8; step++) {
            int action = random.nextInt(5);
            switch (action) {
                case 0 -> nurses[0] = nurses(home, 5 + random.nextInt(20), nurses[0]);
                case 1 -> testProgrammes.bareBenefit(home, "Hjemme " + step, "CAPACITY");
                case 2 -> testProgrammes.bareBenefit(receiving, "Mottatt " + step);
                case 3 -> {
                    Benefit priced = testProgrammes.bareBenefit(home, "Prissatt hjemme " + step, "CAPACITY");
                    users.runAs(
                            COORDINATOR, () -> valuations.setModel(priced.id(), timeSaving(30 + random.nextInt(120))));
                }
                default -> testProgrammes.create();
            }
            assertKeptEqualsFresh(home, receiving, "step " + step + ", action " + action);
        }
    }

    private void assertKeptEqualsFresh(Programme home, Programme receiving, String when) {
        int thisYear = NorwegianTime.today().getYear();
        for (ProgrammeId p : List.of(home.id(), receiving.id())) {
            Dashboard kept = users.callAs(COORDINATOR, () -> dashboards.of(p, TODAY));
            assertThat(kept).as(when).isEqualTo(users.callAs(COORDINATOR, () -> computed.of(p, TODAY)));
            assertThat(users.callAs(COORDINATOR, () -> dashboards.of(p, TODAY)))
                    .as("asked again unchanged")
                    .isSameAs(kept);
            List<SharedBenefitLine> lines = users.callAs(COORDINATOR, () -> served.of(p, thisYear));
            assertThat(lines).as(when).hasSize(1).isEqualTo(users.callAs(COORDINATOR, () -> listed.of(p, thisYear)));
            assertThat(users.callAs(COORDINATOR, () -> served.of(p, thisYear))).isSameAs(lines);
        }
        assertThat(users.callAs(TestUsers.ADMIN, () -> dashboards.of(null, TODAY)))
                .as(when)
                .isEqualTo(users.callAs(TestUsers.ADMIN, () -> computed.of(null, TODAY)));
    }

    /** Sets the nurses to {@code count}; returns the assumption's version. */
    private long nurses(Programme programme, int count, long version) {
        ValuationInputs.AssumptionInput input = AssumptionInputBuilder.number("sykepleiere", String.valueOf(count))
                .unit("personer")
                .source("Bemanningsplan")
                .build();
        return users.callAs(
                COORDINATOR,
                () -> valuations.saveAssumption(
                        programme.id(), version < 0 ? input : input.withVersion(String.valueOf(version))));
    }

    private static ValuationInputs.ModelInput timeSaving(int minutes) {
        return new ValuationInputs.ModelInput(
                "OWN_ORGANISATION",
                "TIME_SAVING",
                Map.of(
                        "persons", "sykepleiere",
                        "minutesPerPeriod", String.valueOf(minutes),
                        "periodsPerYear", "12",
                        "hourlyCost", "600"),
                "2026",
                "CUMULATIVE",
                List.of("100"));
    }
}
