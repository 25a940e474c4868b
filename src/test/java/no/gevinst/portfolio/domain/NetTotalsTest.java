package no.gevinst.portfolio.domain;

import static no.gevinst.benefit.BenefitClass.CAPACITY;
import static no.gevinst.benefit.BenefitClass.CASH_RELEASING;
import static no.gevinst.portfolio.domain.Scenario.HP;
import static no.gevinst.portfolio.domain.Scenario.measuredBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import org.junit.jupiter.api.Test;

class NetTotalsTest {

    private final Scenario s = new Scenario();
    // Same indicator: overlaps 150 000 in 2026 and 200 000 in 2027.
    private final BenefitFacts reports =
            s.benefit(HP, "A", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "200000", 2027, "200000");
    private final BenefitFacts registers =
            s.benefit(HP, "B", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "150000", 2027, "250000");
    // Cash and the time behind it: overlap 70 000 in 2027.
    private final BenefitFacts time = s.benefit(HP, "C", CAPACITY, 2027, "100000");
    private final BenefitFacts cash = s.benefit(HP, "D", CASH_RELEASING, 2027, "70000");

    private final List<Conflict> conflicts = s.link(time, cash).detect();

    @Test
    void grossIsEveryValuedBenefitAndNetLeavesOutExactlyTheUnresolvedOverlaps() {
        Totals totals = NetTotals.of(s.facts().benefits(), statuses(null, null));

        // 2026: 200 000 + 150 000 = 350 000 gross, 150 000 counted twice.
        // 2027: 200 000 + 250 000 + 100 000 + 70 000 = 620 000 gross, 200 000 + 70 000 counted twice.
        assertThat(totals.years()).extracting(Totals.Year::year).containsExactly(2026, 2027);
        assertYear(totals.years().get(0), "350000", "150000", "200000");
        assertYear(totals.years().get(1), "620000", "270000", "350000");
        assertThat(totals.gross()).isEqualByComparingTo("970000");
        assertThat(totals.net()).isEqualByComparingTo("550000");
    }

    @Test
    void primaryAndSplitStillLeaveTheOverlapOutWhileAnAcceptedConflictCountsInFull() {
        Totals primary = NetTotals.of(s.facts().benefits(), statuses(DecisionKind.PRIMARY, DecisionKind.SPLIT));
        Totals accepted = NetTotals.of(s.facts().benefits(), statuses(DecisionKind.ACCEPTED, null));

        assertThat(primary.net()).isEqualByComparingTo("550000");
        // Accepting the same-indicator conflict puts back its 150 000 + 200 000; the cash conflict stays out.
        assertThat(accepted.gross()).isEqualByComparingTo("970000");
        assertThat(accepted.excluded()).isEqualByComparingTo("70000");
        assertThat(accepted.net()).isEqualByComparingTo("900000");
        assertYear(accepted.years().get(1), "620000", "70000", "550000");
    }

    /** The two conflicts with the given decisions, the same-indicator one first. */
    private List<ConflictStatus> statuses(DecisionKind sameIndicator, DecisionKind cashAndTime) {
        assertThat(conflicts)
                .extracting(Conflict::rule)
                .containsExactlyInAnyOrder(ConflictRule.SAME_INDICATOR, ConflictRule.CASH_AND_TIME);
        return conflicts.stream()
                .map(c -> new ConflictStatus(
                        c, decision(c, c.rule() == ConflictRule.SAME_INDICATOR ? sameIndicator : cashAndTime), true))
                .toList();
    }

    private Decision decision(Conflict c, DecisionKind kind) {
        return kind == null
                ? null
                : new Decision(
                        c.key(),
                        kind,
                        kind == DecisionKind.PRIMARY ? c.benefits().getFirst().id() : null,
                        Map.of(),
                        "Begrunnet",
                        "kari",
                        Instant.EPOCH,
                        0);
    }

    private static void assertYear(Totals.Year year, String gross, String excluded, String net) {
        assertThat(year.gross()).isEqualByComparingTo(gross);
        assertThat(year.excluded()).isEqualByComparingTo(excluded);
        assertThat(year.net()).isEqualByComparingTo(net);
    }
}
