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

    @Autowired
    SharedCounting counting;

    @Autowired
    Reading.Start readings;

    @Autowired
    DashboardGeneration generation;

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

    /**
     * A programme's kept list of the shared benefits it counts is kept under its own register generation and those of
     * the homes of the benefits it lists (issue 15): it stands after a register edit in a programme it shares nothing
     * with, and is worked out again after a change of a listed benefit's valuation at home or a benefit of another
     * programme shared with it. After each write it equals the list worked out with nothing kept, and so do the
     * dashboards.
     */
    @Test
    void theKeptSharedListFollowsTheHomesOfItsBenefitsAlone() {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Programme elsewhere = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt med én", "CAPACITY");
        nurses(home, 10, -1);
        long model = users.callAs(COORDINATOR, () -> valuations.setModel(benefit.id(), timeSaving(60)));
        share(benefit, receiving, "40");
        List<SharedCounting.Counted> before = keptList(receiving);
        assertThat(before).hasSize(1).isEqualTo(freshList(receiving));

        testProgrammes.bareBenefit(elsewhere, "Urørt av delingen");
        assertThat(keptList(receiving)).as("after an edit elsewhere").isSameAs(before);
        assertKeptEqualsFresh(home, receiving, "an edit elsewhere");

        users.runAs(
                COORDINATOR,
                () -> valuations.setModel(benefit.id(), timeSaving(90).withVersion(String.valueOf(model))));
        List<SharedCounting.Counted> remodelled = keptList(receiving);
        assertThat(remodelled).as("after its model changed at home").isNotEqualTo(before);
        assertThat(remodelled).isEqualTo(freshList(receiving));
        assertKeptEqualsFresh(home, receiving, "remodelled at home");

        Benefit more = testProgrammes.bareBenefit(elsewhere, "Delt senere", "CAPACITY");
        nurses(elsewhere, 8, -1);
        long moreModel = users.callAs(COORDINATOR, () -> valuations.setModel(more.id(), timeSaving(30)));
        share(more, receiving, "30");
        assertThat(keptList(receiving)).hasSize(2).isEqualTo(freshList(receiving));
        testProgrammes.bareBenefit(elsewhere, "Nå en av hjemmene");
        users.runAs(
                COORDINATOR,
                () -> valuations.setModel(more.id(), timeSaving(45).withVersion(String.valueOf(moreModel))));
        assertThat(keptList(receiving)).as("its second home remodelled").isEqualTo(freshList(receiving));
        for (ProgrammeId p : List.of(home.id(), receiving.id(), elsewhere.id())) {
            assertThat(users.callAs(COORDINATOR, () -> dashboards.of(p, TODAY)))
                    .isEqualTo(users.callAs(COORDINATOR, () -> computed.of(p, TODAY)));
        }
    }

    private void share(Benefit benefit, Programme with, String percent) {
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), with.id().toString(), percent));
        users.runAs(COORDINATOR, () -> sharing.accept(benefit.id(), with.id(), proposed.version()));
    }

    /** The programme's shared benefits as a reading that keeps parts finds them. */
    private List<SharedCounting.Counted> keptList(Programme programme) {
        return users.callAs(
                COORDINATOR, () -> counting.counted(programme.id(), readings.sharing(generation.read(), TODAY)));
    }

    /** The same, with nothing kept. */
    private List<SharedCounting.Counted> freshList(Programme programme) {
        return users.callAs(COORDINATOR, () -> counting.counted(programme.id(), readings.reading()));
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
