package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.Decisions;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A status report for a period already ended measures against the board decision that was in force at the period's
 * end, not one decided since (issue 18). A programme of the test's own, so that no other test's decisions count:
 *
 * <ul>
 *   <li>decision 1/24, decided 12.12.2024: the trust's kroner for 2025 are 1 000 000 kr (cash-releasing);
 *   <li>decision 2/26, decided 15.01.2026 (after 31.12.2025), supersedes it: 1 250 000 kr for 2025 and 900 000 kr for
 *       2026.
 * </ul>
 *
 * The report for the year 2025 (ended 31.12.2025) must say 1 000 000 kr and name 1/24; the year 2026 is running (the
 * report is as of today), so it measures against the decision in force now, 2/26: 900 000 kr. Before the change the
 * 2025 report said 1 250 000 kr and named 2/26.
 */
@GevinstIntegrationTest
class PastPeriodDecisionIT {

    @Autowired
    TestUsers users;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Benefits benefits;

    @Autowired
    Decisions decisions;

    @Autowired
    OrganisationDashboards dashboards;

    @Test
    void aPastYearsReportMeasuresAgainstTheDecisionInForceAtItsEndAndTheRunningYearAgainstTheOneInForceNow() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        Organisation owner = organisation("Vedtak-RHF " + suffix);
        Organisation trust = organisation("Vedtak-HF " + suffix);
        String coordinator = users.withRole("vedtak-k-" + suffix, Role.GEVINSTKOORDINATOR, owner.id());
        Programme programme = users.callAs(
                TestUsers.ADMIN,
                () -> programmes.create(ProgrammeInput.builder()
                        .code("VD" + suffix)
                        .name("Vedtak-prøve " + suffix)
                        .description("")
                        .ownerOrganisationId(owner.id().toString())
                        .parties(
                                List.of(new ProgrammeInput.PartyInput(trust.id().toString(), null, "Helseforetak")))
                        .build()));
        users.runAs(coordinator, () -> {
            benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Frigjort tid")
                    .benefitClass("NON_PRICED")
                    .allocations(
                            List.of(new BenefitInput.AllocationInput(trust.id().toString(), "100")))
                    .build());
            BoardDecision first = decisions.record(
                    programme.id(),
                    new DecisionInput("Styret i Vedtak-RHF", "2024-12-12", "1/24", "", "Mål 2025", "", null));
            first = target(programme, first, trust, "2025", "1000000");
            BoardDecision second = decisions.record(
                    programme.id(),
                    new DecisionInput("Styret i Vedtak-RHF", "2026-01-15", "2/26", "", "Nye mål", "", first.version()));
            second = target(programme, second, trust, "2025", "1250000");
            target(programme, second, trust, "2026", "900000");
        });

        OrganisationStatus past =
                users.callAs(coordinator, () -> dashboards.status(programme.id(), trust.id(), "YEAR", "2025"));
        assertThat(past.economicTarget()).isEqualByComparingTo("1000000");
        assertThat(past.measuredAgainst()).contains("1/24").doesNotContain("2/26");

        OrganisationStatus running =
                users.callAs(coordinator, () -> dashboards.status(programme.id(), trust.id(), "YEAR", "2026"));
        assertThat(running.economicTarget()).isEqualByComparingTo("900000");
        assertThat(running.measuredAgainst()).contains("2/26").doesNotContain("1/24");
    }

    private BoardDecision target(
            Programme programme, BoardDecision decision, Organisation trust, String year, String nok) {
        return decisions.setEconomicTarget(
                programme.id(),
                decision.number(),
                new EconomicTargetInput(trust.id().toString(), year, "CASH_RELEASING", nok),
                decision.version());
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(name, "HF", TestOrganisationNumbers.unique(), null)));
    }
}
