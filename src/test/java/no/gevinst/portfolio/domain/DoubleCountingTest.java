package no.gevinst.portfolio.domain;

import static no.gevinst.benefit.BenefitClass.CAPACITY;
import static no.gevinst.benefit.BenefitClass.CASH_RELEASING;
import static no.gevinst.benefit.BenefitClass.OTHER_PUBLIC;
import static no.gevinst.portfolio.domain.Scenario.DBEP;
import static no.gevinst.portfolio.domain.Scenario.HP;
import static no.gevinst.portfolio.domain.Scenario.ST_OLAV;
import static no.gevinst.portfolio.domain.Scenario.TRONDHEIM;
import static no.gevinst.portfolio.domain.Scenario.measuredBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Scope;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DoubleCountingTest {

    // (a) Same indicator, unit and period.

    @Test
    void twoBenefitsPricedOnTheSameIndicatorOverlapByTheSmallerValueInEachCommonYear() {
        Scenario s = new Scenario();
        BenefitFacts reports = s.benefit(
                HP,
                "Styringsinformasjon",
                CAPACITY,
                measuredBy("Timer  manuell rapportering ", "timer per måned"),
                Map.of(),
                2025,
                "100000",
                2026,
                "200000",
                2027,
                "200000");
        BenefitFacts registers = s.benefit(
                HP,
                "Kvalitetsregistre",
                CAPACITY,
                measuredBy("timer manuell rapportering", "Timer per  måned"),
                Map.of(),
                2026,
                "150000",
                2027,
                "250000",
                2028,
                "250000");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.SAME_INDICATOR);
        assertThat(ids(c)).containsExactlyInAnyOrder(reports.id(), registers.id());
        // 2025 and 2028 are valued on one side only; 2026: min(200 000, 150 000), 2027: min(200 000, 250 000).
        assertThat(c.overlapByYear()).containsOnlyKeys(2026, 2027);
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("150000");
        assertThat(c.overlapIn(2027)).isEqualByComparingTo("200000");
        assertThat(c.amountPerYear()).isEqualByComparingTo("200000");
        assertThat(c.totalOverlap()).isEqualByComparingTo("350000");
        assertThat(c.messageKey()).isEqualTo("portfolio.rule.same-indicator.explained");
        assertThat(c.arguments()).containsExactly("Timer  manuell rapportering ", "2026–2027");
    }

    @Test
    void twoProgrammesClaimingTheSameIndicatorUnitAndPeriodConflict() {
        Scenario s = new Scenario();
        s.benefit(
                HP,
                "Mindre tid til legemiddelavstemming",
                CAPACITY,
                measuredBy("Minutter per avstemming", "minutter"),
                Map.of(),
                2026,
                "300000",
                2027,
                "300000");
        s.benefit(
                DBEP,
                "Raskere avstemming med felles plan",
                OTHER_PUBLIC,
                measuredBy("Minutter per avstemming", "minutter"),
                Map.of(),
                2026,
                "120000",
                2027,
                "180000");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.SAME_INDICATOR);
        assertThat(c.programmes()).containsExactlyInAnyOrder(HP, DBEP);
        assertThat(c.benefits()).extracting(ConflictBenefit::programmeCode).containsExactlyInAnyOrder("HP", "DBEP");
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("120000");
        assertThat(c.overlapIn(2027)).isEqualByComparingTo("180000");
        assertThat(c.amountPerYear()).isEqualByComparingTo("180000");
    }

    @Test
    void anotherUnitAnotherPeriodOrAnUnpricedBenefitIsNoConflict() {
        Scenario s = new Scenario();
        s.benefit(HP, "A", CAPACITY, measuredBy("Ventetid", "dager"), Map.of(), 2026, "100000");
        s.benefit(HP, "B", CAPACITY, measuredBy("Ventetid", "uker"), Map.of(), 2026, "100000");
        s.benefit(HP, "C", CAPACITY, measuredBy("Ventetid", "dager"), Map.of(), 2027, "100000");
        s.benefit(HP, "D", CAPACITY, measuredBy("Ventetid", "dager"), Map.of(), 2026, "0");

        // A and C share measure and unit, but are valued in different years; D is valued at nothing.
        assertThat(s.detect()).isEmpty();
    }

    @Test
    void theSameFhirMeasureIsTheSameIndicatorWhateverItsNameOrVersion() {
        Scenario s = new Scenario();
        String canonical = IndicatorKeys.canonicalKey("https://fhir.example.no/Measure/liggedogn|2.0")
                .orElseThrow();
        assertThat(IndicatorKeys.canonicalKey(" https://fhir.example.no/Measure/liggedogn/ "))
                .contains(canonical);
        s.benefit(HP, "A", CAPACITY, Map.of(canonical, "Liggedøgn"), Map.of(), 2026, "90000");
        s.benefit(HP, "B", CAPACITY, Map.of(canonical, "Antall liggedøgn"), Map.of(), 2026, "60000");

        assertThat(single(s.detect()).overlapIn(2026)).isEqualByComparingTo("60000");
    }

    @Test
    void anIndicatorsKeysAreItsNormalisedMeasureAndItsCanonicalUrl() {
        Indicator indicator = Indicator.builder()
                .id(IndicatorId.of("00000000-0000-0000-0002-000000000001"))
                .benefit(BenefitId.of("00000000-0000-0000-0001-000000000001"))
                .name("  Minutter DOKUMENTASJON  per kontakt")
                .unit("Minutter")
                .direction(Direction.LOWER_IS_BETTER)
                .frequency(Frequency.MONTH)
                .costHours(BigDecimal.ONE)
                .amberTolerance(BigDecimal.ONE)
                .redTolerance(BigDecimal.TEN)
                .scope(Scope.UNIT)
                .scopeOrganisation(ST_OLAV)
                .scopeUnit(" Medisinsk  klinikk")
                .canonicalUrl("https://fhir.example.no/Measure/dok|1")
                .build();

        assertThat(IndicatorKeys.of(indicator))
                .containsExactly(
                        "measure:minutter dokumentasjon per kontakt|minutter|UNIT|" + ST_OLAV + "|medisinsk klinikk",
                        "canonical:https://fhir.example.no/Measure/dok");
    }

    // (b) Allocation shares of one benefit over programmes above 100 %.

    @Test
    void theSameBenefitInTwoProgrammesAllocatingMoreThanAllOfAnOrganisationConflicts() {
        Scenario s = new Scenario();
        BenefitFacts hp = s.benefit(
                HP,
                "Færre reinnleggelser",
                OTHER_PUBLIC,
                Map.of(),
                Map.of(TRONDHEIM, "60", ST_OLAV, "40"),
                2026,
                "1000000");
        BenefitFacts dbep = s.benefit(
                DBEP,
                " færre  reinnleggelser",
                OTHER_PUBLIC,
                Map.of(),
                Map.of(TRONDHEIM, "70"),
                2026,
                "800000",
                2027,
                "800000");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.ALLOCATION_OVER_100);
        assertThat(ids(c)).containsExactlyInAnyOrder(hp.id(), dbep.id());
        // Trondheim: 60 + 70 = 130 %, 30 % too much, of the smaller value 800 000 = 240 000; 2027 is valued in
        // DBEP alone, so nothing is counted twice then. St. Olav is claimed once only.
        assertThat(c.overlapByYear()).containsOnlyKeys(2026);
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("240000");
        assertThat(c.arguments()).containsExactly("Trondheim kommune", "130 %");
    }

    @Test
    void sharesUpToAllOfAnOrganisationOrTitlesWithinOneProgrammeAreNoAllocationConflict() {
        Scenario s = new Scenario();
        s.benefit(HP, "Færre reinnleggelser", OTHER_PUBLIC, Map.of(), Map.of(TRONDHEIM, "60"), 2026, "100");
        s.benefit(DBEP, "Færre reinnleggelser", OTHER_PUBLIC, Map.of(), Map.of(TRONDHEIM, "40"), 2026, "100");
        s.benefit(HP, "Kortere ventetid", OTHER_PUBLIC, Map.of(), Map.of(ST_OLAV, "80"), 2026, "100");
        s.benefit(HP, "Kortere ventetid", OTHER_PUBLIC, Map.of(), Map.of(ST_OLAV, "80"), 2026, "100");

        assertThat(s.detect()).isEmpty();
    }

    // (c) Contribution shares on network links into one benefit above 100 %.

    @Test
    void contributionsAbove100PercentClaimTheExcessShareOfTheBenefitsValue() {
        Scenario s = new Scenario();
        BenefitFacts benefit = s.benefit(HP, "Færre strykninger", CAPACITY, 2026, "500000", 2027, "1000000");
        BenefitFacts fine = s.benefit(HP, "Kortere liggetid", CAPACITY, 2026, "500000");
        s.contributions(benefit, "130").contributions(fine, "100");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.CONTRIBUTION_OVER_100);
        assertThat(ids(c)).containsExactly(benefit.id());
        // 30 % of 500 000 and of 1 000 000.
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("150000");
        assertThat(c.overlapIn(2027)).isEqualByComparingTo("300000");
        assertThat(c.arguments()).containsExactly("130 %", "30 %");
    }

    // (d) A cash-releasing benefit and the time saving behind it both priced.

    @Test
    void aPricedTimeSavingLeadingToAPricedCashReleasingBenefitConflicts() {
        Scenario s = new Scenario();
        BenefitFacts time = s.benefit(HP, "Frigjort sykepleiertid", CAPACITY, 2026, "400000", 2027, "400000");
        BenefitFacts cash = s.benefit(HP, "Redusert innleie", CASH_RELEASING, 2027, "250000");
        s.link(time, cash);

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.CASH_AND_TIME);
        assertThat(ids(c)).containsExactlyInAnyOrder(time.id(), cash.id());
        assertThat(c.overlapByYear()).containsOnlyKeys(2027);
        assertThat(c.overlapIn(2027)).isEqualByComparingTo("250000");
        assertThat(c.arguments())
                .containsExactly(time.code() + " Frigjort sykepleiertid", cash.code() + " Redusert innleie", "2027");
    }

    @Test
    void aTimeSavingOnTheSameIndicatorAsTheCashIsReportedOnceAsCashAndTime() {
        Scenario s = new Scenario();
        s.benefit(HP, "Frigjort tid", CAPACITY, measuredBy("Overtidstimer", "timer"), Map.of(), 2026, "100000");
        s.benefit(HP, "Mindre overtid", CASH_RELEASING, measuredBy("Overtidstimer", "timer"), Map.of(), 2026, "80000");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.CASH_AND_TIME);
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("80000");
    }

    @Test
    void unlinkedOrBackwardsLinkedCashAndTimeIsNoConflict() {
        Scenario s = new Scenario();
        BenefitFacts time = s.benefit(HP, "Frigjort tid", CAPACITY, 2026, "100000");
        BenefitFacts cash = s.benefit(HP, "Mindre innleie", CASH_RELEASING, 2026, "100000");
        BenefitFacts unpricedCash = s.benefit(HP, "Mindre overtid", CASH_RELEASING);
        s.link(cash, time).link(time, unpricedCash);

        assertThat(s.detect()).isEmpty();
    }

    @Test
    void aTimeSavingLeadingToTheCashThroughOtherBenefitsConflicts() {
        Scenario s = new Scenario();
        BenefitFacts time = s.benefit(HP, "Frigjort sykepleiertid", CAPACITY, 2026, "400000");
        BenefitFacts shorterWaits = s.benefit(HP, "Kortere ventetid", OTHER_PUBLIC);
        BenefitFacts fewerBeds = s.benefit(HP, "Færre korridorpasienter", OTHER_PUBLIC);
        BenefitFacts cash = s.benefit(HP, "Redusert innleie", CASH_RELEASING, 2026, "250000");
        s.link(time, shorterWaits).link(shorterWaits, fewerBeds).link(fewerBeds, cash);

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.CASH_AND_TIME);
        assertThat(ids(c)).containsExactlyInAnyOrder(time.id(), cash.id());
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("250000");
    }

    @Test
    @Timeout(10)
    void aChainThroughACycleIsWalkedToItsEnd() {
        Scenario s = new Scenario();
        BenefitFacts time = s.benefit(HP, "Frigjort tid", CAPACITY, 2026, "100000");
        BenefitFacts a = s.benefit(HP, "A", OTHER_PUBLIC);
        BenefitFacts b = s.benefit(HP, "B", OTHER_PUBLIC);
        BenefitFacts cash = s.benefit(HP, "Mindre innleie", CASH_RELEASING, 2026, "80000");
        BenefitFacts unreached = s.benefit(HP, "Mindre overtid", CASH_RELEASING, 2026, "90000");
        // time → a → b → a … and b → cash; nothing leads to the second cash-releasing benefit.
        s.link(time, a).link(a, b).link(b, a).link(b, time).link(b, cash).link(unreached, time);

        Conflict c = single(s.detect());

        assertThat(ids(c)).containsExactlyInAnyOrder(time.id(), cash.id());
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("80000");
    }

    @Test
    @Timeout(10)
    void aCycleThatNeverReachesTheCashIsNoConflict() {
        Scenario s = new Scenario();
        BenefitFacts time = s.benefit(HP, "Frigjort tid", CAPACITY, 2026, "100000");
        BenefitFacts a = s.benefit(HP, "A", OTHER_PUBLIC);
        s.benefit(HP, "Mindre innleie", CASH_RELEASING, 2026, "80000");
        s.link(time, a).link(a, time).link(a, a);

        assertThat(s.detect()).isEmpty();
    }

    // (e) The same staff group priced by two time savings beyond the time it has.

    /**
     * 10 nurses × 1 695 h = 16 950 h a year between them.
     *
     * <p>A: 10 × 240 min × 220 days ÷ 60 = 8 800 h × 600 kr = 5 280 000 kr, at full effect from 2025.
     *
     * <p>B: 10 × 270 min × 220 days ÷ 60 = 9 900 h × 700 kr = 6 930 000 kr, phased in 50 % in 2025, 90 % in 2026
     * and 100 % from 2027: 4 950 h, 8 910 h and 9 900 h; 3 465 000, 6 237 000 and 6 930 000 kr.
     *
     * <p>2025: 8 800 + 4 950 = 13 750 h, within the 16 950 h: no overlap. 2026: 8 800 + 8 910 = 17 710 h, 760 h
     * beyond × 600 kr (the cheaper hour) = 456 000 kr. 2027: 8 800 + 9 900 = 18 700 h, 1 750 h beyond × 600 kr =
     * 1 050 000 kr.
     */
    private static Scenario nurses(String hoursPerPerson) {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(
                HP, "Mindre dobbeltdokumentasjon", CAPACITY, 2025, "5280000", 2026, "5280000", 2027, "5280000");
        BenefitFacts b = s.benefit(
                HP, "Raskere legemiddelhåndtering", CAPACITY, 2025, "3465000", 2026, "6237000", 2027, "6930000");
        return s.staff(HP, "sykepleiere", "10", hoursPerPerson)
                .claims(a, "sykepleiere", "600", 2025, "8800", 2026, "8800", 2027, "8800")
                .claims(b, "sykepleiere", "700", 2025, "4950", 2026, "8910", 2027, "9900");
    }

    @Test
    void timeSavingsClaimingMoreOfAStaffGroupThanItWorksOverlapByTheExcessAtTheCheaperHour() {
        Scenario s = nurses("1695");

        Conflict c = single(s.detect());

        assertThat(c.rule()).isEqualTo(ConflictRule.STAFF_TIME);
        assertThat(c.benefits())
                .extracting(ConflictBenefit::title)
                .containsExactlyInAnyOrder("Mindre dobbeltdokumentasjon", "Raskere legemiddelhåndtering");
        assertThat(c.overlapByYear()).containsOnlyKeys(2026, 2027);
        assertThat(c.overlapIn(2026)).isEqualByComparingTo("456000");
        assertThat(c.overlapIn(2027)).isEqualByComparingTo("1050000");
        assertThat(c.amountPerYear()).isEqualByComparingTo("1050000");
        assertThat(c.arguments()).containsExactly("sykepleiere", "10", "16 950", "18 700", "1 750", "2026–2027");
        assertThat(c.messageKey()).isEqualTo("portfolio.rule.staff-time.explained");
        assertThat(c.key())
                .startsWith("staff-time-")
                .isEqualTo(single(nurses("1695").detect()).key());
    }

    @Test
    void theOverlapOfAStaffGroupIsNeverMoreThanItsTimeSavingsAreWorth() {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(HP, "A", CAPACITY, 2027, "100000");
        BenefitFacts b = s.benefit(HP, "B", CAPACITY, 2027, "50000");
        s.staff(HP, "sykepleiere", "10", "1695")
                .claims(a, "sykepleiere", "600", 2027, "8800")
                .claims(b, "sykepleiere", "700", 2027, "9900");

        // 1 750 h × 600 kr = 1 050 000 kr, more than the 150 000 kr both are worth.
        assertThat(single(s.detect()).overlapIn(2027)).isEqualByComparingTo("150000");
    }

    @Test
    void aStaffGroupsOverlapLeavesOutWhatTheSameIndicatorAlreadyCountsOnce() {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(HP, "A", CAPACITY, measuredBy("Timer", "timer"), Map.of(), 2027, "5280000");
        BenefitFacts b = s.benefit(HP, "B", CAPACITY, measuredBy("Timer", "timer"), Map.of(), 2027, "6930000");
        s.staff(HP, "sykepleiere", "10", "1695")
                .claims(a, "sykepleiere", "600", 2027, "8800")
                .claims(b, "sykepleiere", "700", 2027, "9900");

        List<Conflict> found = s.detect();

        // (a): the smaller value, 5 280 000 kr, is the same gain. (e): 1 750 h × 600 = 1 050 000 kr beyond the
        // group's time, all of it within what (a) already leaves out, so (e) has nothing left to report.
        assertThat(found).extracting(Conflict::rule).containsExactly(ConflictRule.SAME_INDICATOR);
        assertThat(found.getFirst().overlapIn(2027)).isEqualByComparingTo("5280000");
    }

    @Test
    void timeSavingsWithinTheTimeOfTheirStaffGroupAreNoConflict() {
        // 10 × 1 870 h = 18 700 h: exactly what the two claim at full effect.
        assertThat(nurses("1870").detect()).isEmpty();
    }

    @Test
    void timeSavingsOnDifferentStaffGroupsAreNoConflict() {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(HP, "A", CAPACITY, 2027, "5280000");
        BenefitFacts b = s.benefit(HP, "B", CAPACITY, 2027, "6930000");
        s.staff(HP, "sykepleiere", "10", "1695")
                .staff(HP, "leger", "10", "1695")
                .claims(a, "sykepleiere", "600", 2027, "8800")
                .claims(b, "leger", "700", 2027, "9900");

        assertThat(s.detect()).isEmpty();
    }

    @Test
    void theSameAssumptionNameInTwoProgrammesIsTwoStaffGroups() {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(HP, "A", CAPACITY, 2027, "5280000");
        BenefitFacts b = s.benefit(DBEP, "B", CAPACITY, 2027, "6930000");
        s.staff(HP, "sykepleiere", "10", "1695")
                .staff(DBEP, "sykepleiere", "10", "1695")
                .claims(a, "sykepleiere", "600", 2027, "8800")
                .claims(b, "sykepleiere", "700", 2027, "9900");

        assertThat(s.detect()).isEmpty();
    }

    @Test
    void anUnpricedTimeSavingClaimsNoTimeOfItsGroup() {
        Scenario s = new Scenario();
        BenefitFacts a = s.benefit(HP, "A", CAPACITY, 2027, "5280000");
        BenefitFacts b = s.benefit(HP, "B", CAPACITY);
        s.staff(HP, "sykepleiere", "10", "1695")
                .claims(a, "sykepleiere", "600", 2027, "8800")
                .claims(b, "sykepleiere", "700", 2027, "9900");

        assertThat(s.detect()).isEmpty();
    }

    // Keys and order.

    @Test
    void aConflictKeepsItsKeyWhenFoundAgainInAnotherOrderAndWithOtherAmounts() {
        Scenario first = new Scenario();
        first.benefit(HP, "A", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "100");
        first.benefit(HP, "B", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "200");
        Conflict before = single(first.detect());

        PortfolioFacts facts = first.facts();
        List<BenefitFacts> reordered = List.of(
                withValue(facts.benefits().get(1), "999"),
                withValue(facts.benefits().get(0), "500"));
        Conflict after = single(DoubleCounting.detect(new PortfolioFacts(reordered, List.of(), Map.of(), Map.of())));

        assertThat(after.key())
                .isEqualTo(before.key())
                .startsWith("same-indicator-")
                .matches("[a-z-]+-[0-9a-f]{16}");
        assertThat(after.overlapIn(2026)).isEqualByComparingTo("500");
    }

    @Test
    void theLargestOverlapComesFirst() {
        Scenario s = new Scenario();
        s.benefit(HP, "A", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "100");
        s.benefit(HP, "B", CAPACITY, measuredBy("X", "timer"), Map.of(), 2026, "100");
        BenefitFacts big = s.benefit(HP, "C", CAPACITY, 2026, "1000");
        s.contributions(big, "150");

        assertThat(s.detect())
                .extracting(Conflict::rule)
                .containsExactly(ConflictRule.CONTRIBUTION_OVER_100, ConflictRule.SAME_INDICATOR);
    }

    private static BenefitFacts withValue(BenefitFacts b, String value) {
        return new BenefitFacts(
                b.id(),
                b.programme(),
                b.programmeCode(),
                b.code(),
                b.title(),
                b.benefitClass(),
                b.allocations(),
                new java.util.TreeMap<>(Map.of(2026, new BigDecimal(value))),
                b.indicators());
    }

    private static Conflict single(List<Conflict> conflicts) {
        assertThat(conflicts).hasSize(1);
        return conflicts.getFirst();
    }

    private static Set<BenefitId> ids(Conflict c) {
        return Set.copyOf(c.benefits().stream().map(ConflictBenefit::id).toList());
    }

    @Property(tries = 200)
    void thePairsFoundThroughTheMeasuresAreExactlyThePairsThatShareOne(
            @ForAll @Size(max = 12) List<@Size(max = 3) Set<@IntRange(min = 1, max = 6) Integer>> measures) {
        Scenario s = new Scenario();
        List<BenefitFacts> benefits = measures.stream()
                .map(keys -> {
                    Map<String, String> indicators = new java.util.HashMap<>();
                    keys.forEach(k -> indicators.putAll(measuredBy("M" + k, "timer")));
                    return s.benefit(HP, "B", CAPACITY, indicators, Map.of(), 2026, "1");
                })
                .toList();

        List<List<BenefitFacts>> everyPair = new java.util.ArrayList<>();
        for (int i = 0; i < benefits.size(); i++) {
            for (int j = i + 1; j < benefits.size(); j++) {
                if (DoubleCounting.sharedIndicator(benefits.get(i), benefits.get(j))
                        .isPresent()) {
                    everyPair.add(List.of(benefits.get(i), benefits.get(j)));
                }
            }
        }
        assertThat(DoubleCounting.sharingAnIndicator(benefits)).containsExactlyElementsOf(everyPair);
    }
}
