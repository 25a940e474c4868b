package no.gevinst.portfolio.domain;

import static no.gevinst.benefit.BenefitClass.CAPACITY;
import static no.gevinst.benefit.BenefitClass.CASH_RELEASING;
import static no.gevinst.portfolio.domain.Scenario.DBEP;
import static no.gevinst.portfolio.domain.Scenario.HP;
import static no.gevinst.portfolio.domain.Scenario.measuredBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
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
    void anUnresolvedOverlapIsTakenEvenlyFromTheBenefitsInvolved() {
        Totals totals = NetTotals.of(s.facts().benefits(), statuses(null, null));

        // Half of each overlap from each side: A and B give up 75 000 (2026) and 100 000 (2027), C and D 35 000.
        assertThat(givenUp(totals, reports)).containsExactly(entry(2026, "75000.00"), entry(2027, "100000.00"));
        assertThat(givenUp(totals, registers)).containsExactly(entry(2026, "75000.00"), entry(2027, "100000.00"));
        assertThat(givenUp(totals, time)).containsExactly(entry(2027, "35000.00"));
        assertThat(givenUp(totals, cash)).containsExactly(entry(2027, "35000.00"));
    }

    @Test
    void primaryAndSplitStillLeaveTheOverlapOutWhileAnAcceptedConflictCountsInFull() {
        Totals decided = NetTotals.of(s.facts().benefits(), statuses(DecisionKind.PRIMARY, DecisionKind.SPLIT));
        Totals accepted = NetTotals.of(s.facts().benefits(), statuses(DecisionKind.ACCEPTED, null));

        assertThat(decided.net()).isEqualByComparingTo("550000");
        // Accepting the same-indicator conflict puts back its 150 000 + 200 000; the cash conflict stays out.
        assertThat(accepted.gross()).isEqualByComparingTo("970000");
        assertThat(accepted.excluded()).isEqualByComparingTo("70000");
        assertThat(accepted.net()).isEqualByComparingTo("900000");
        assertYear(accepted.years().get(1), "620000", "70000", "550000");
    }

    @Test
    void thePrimaryBenefitKeepsTheOverlapAndASplitGivesUpWhatItDoesNotKeep() {
        Totals decided = NetTotals.of(s.facts().benefits(), statuses(DecisionKind.PRIMARY, DecisionKind.SPLIT));
        BenefitFacts primary = s.facts().benefits().stream()
                .filter(b -> b.id().equals(sameIndicator().benefits().getFirst().id()))
                .findFirst()
                .orElseThrow();
        BenefitFacts other = primary == reports ? registers : reports;

        assertThat(givenUp(decided, primary)).isEmpty();
        assertThat(givenUp(decided, other)).containsExactly(entry(2026, "150000.00"), entry(2027, "200000.00"));
        // Split 30 % to the time saving, 70 % to the cash: each gives up what it does not keep of 70 000.
        assertThat(givenUp(decided, time)).containsExactly(entry(2027, "49000.00"));
        assertThat(givenUp(decided, cash)).containsExactly(entry(2027, "21000.00"));
    }

    @Test
    void aProgrammesNetLosesTheOverlapOnlyWhenTheOtherProgrammesBenefitIsPrimary() {
        Scenario two = new Scenario();
        BenefitFacts hp = two.benefit(HP, "A", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "300000");
        BenefitFacts dbep = two.benefit(DBEP, "B", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "100000");
        Conflict c = two.detect().getFirst();

        Totals hpPrimary = inProgramme(two, decided(c, DecisionKind.PRIMARY, hp), HP);
        Totals dbepSeenWhenHpIsPrimary = inProgramme(two, decided(c, DecisionKind.PRIMARY, hp), DBEP);
        Totals hpUnresolved = inProgramme(two, new ConflictStatus(c, null, true), HP);

        // Overlap 100 000. HP keeps it: HP's net is its whole 300 000; DBEP's 100 000 is left out entirely.
        assertThat(hpPrimary.net()).isEqualByComparingTo("300000");
        assertThat(dbepSeenWhenHpIsPrimary.net()).isEqualByComparingTo("0");
        // Unresolved: each programme gives up half, 50 000.
        assertThat(hpUnresolved.net()).isEqualByComparingTo("250000");
        assertThat(dbep.valueIn(2026)).isEqualByComparingTo("100000");
    }

    @Test
    void aBenefitNeverGivesUpMoreThanItsValue() {
        Scenario over = new Scenario();
        BenefitFacts claimed = over.benefit(HP, "A", CAPACITY, 2026, "100000");
        // Links claim 300 %: the excess 200 % of 100 000 is 200 000, more than the benefit is worth.
        Conflict c = over.contributions(claimed, "300").detect().getFirst();

        Totals totals = NetTotals.of(over.facts().benefits(), List.of(new ConflictStatus(c, null, true)));

        assertThat(c.overlapIn(2026)).isEqualByComparingTo("200000");
        assertThat(totals.excluded()).isEqualByComparingTo("100000");
        assertThat(totals.net()).isEqualByComparingTo("0");
    }

    @Property(tries = 300)
    void programmesNetsAddUpToThePortfoliosNetAndTheOverlapIsLeftOutOnce(
            @ForAll @IntRange(min = 1, max = 5_000_000) int a,
            @ForAll @IntRange(min = 1, max = 5_000_000) int b,
            @ForAll DecisionKind kind,
            @ForAll @IntRange(min = 0, max = 100) int shareOfA) {
        Scenario two = new Scenario();
        BenefitFacts hp = two.benefit(HP, "A", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, a + "");
        BenefitFacts dbep = two.benefit(DBEP, "B", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, b + "");
        Conflict c = two.detect().getFirst();
        ConflictStatus status = new ConflictStatus(
                c,
                new Decision(
                        c.key(),
                        kind,
                        kind == DecisionKind.PRIMARY ? (shareOfA >= 50 ? hp : dbep).id() : null,
                        kind == DecisionKind.SPLIT
                                ? Map.of(
                                        hp.id(),
                                        BigDecimal.valueOf(shareOfA),
                                        dbep.id(),
                                        BigDecimal.valueOf(100 - shareOfA))
                                : Map.of(),
                        "Begrunnet",
                        "kari",
                        Instant.EPOCH,
                        0),
                true);

        Totals all = NetTotals.of(two.facts().benefits(), List.of(status));
        BigDecimal sum = inProgramme(two, status, HP)
                .net()
                .add(inProgramme(two, status, DBEP).net());

        BigDecimal leftOut = kind == DecisionKind.ACCEPTED ? BigDecimal.ZERO : BigDecimal.valueOf(Math.min(a, b));
        assertThat(all.net())
                .isEqualByComparingTo(BigDecimal.valueOf((long) a + b).subtract(leftOut));
        assertThat(sum).isEqualByComparingTo(all.net());
        assertThat(all.byBenefit()).allSatisfy(e -> assertThat(e.total()).isPositive());
    }

    private static Totals inProgramme(Scenario scenario, ConflictStatus status, ProgrammeId programme) {
        return NetTotals.of(
                scenario.facts().benefits(), List.of(status), f -> f.programme().equals(programme));
    }

    private static ConflictStatus decided(Conflict c, DecisionKind kind, BenefitFacts primary) {
        return new ConflictStatus(
                c, new Decision(c.key(), kind, primary.id(), Map.of(), "Begrunnet", "kari", Instant.EPOCH, 0), true);
    }

    private static Map<Integer, BigDecimal> givenUp(Totals totals, BenefitFacts benefit) {
        return totals.byBenefit().stream()
                .filter(e -> e.benefit().id().equals(benefit.id()))
                .findFirst()
                .map(Totals.BenefitExclusion::byYear)
                .map(m -> (Map<Integer, BigDecimal>) m)
                .orElse(Map.of());
    }

    private static Map.Entry<Integer, BigDecimal> entry(int year, String amount) {
        return Map.entry(year, new BigDecimal(amount));
    }

    private Conflict sameIndicator() {
        return conflicts.stream()
                .filter(c -> c.rule() == ConflictRule.SAME_INDICATOR)
                .findFirst()
                .orElseThrow();
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
        if (kind == null) {
            return null;
        }
        Map<BenefitId, BigDecimal> shares = kind == DecisionKind.SPLIT
                ? Map.of(time.id(), new BigDecimal("30"), cash.id(), new BigDecimal("70"))
                : Map.of();
        return new Decision(
                c.key(),
                kind,
                kind == DecisionKind.PRIMARY ? c.benefits().getFirst().id() : null,
                shares,
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
