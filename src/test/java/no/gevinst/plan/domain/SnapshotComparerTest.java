package no.gevinst.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.PlanSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotComparerTest {

    @Test
    void reportsExactlyTheFieldsThatChangedAddedOrRemoved() {
        PlanSnapshot before = snapshot("Kari Nilsen", "2026-12-31", "12", "Opplæring", "Gammel bakgrunn");
        PlanSnapshot after = snapshot("Per Eide", "2026-12-31", "10", "Superbrukere", "Gammel bakgrunn");

        List<Comparison.Change> changes = SnapshotComparer.compare(before, after);

        assertThat(changes)
                .containsExactly(
                        new Comparison.Change(
                                "HP-001 Mindre dokumentasjonstid", "plan.field.owner", "", "Kari Nilsen", "Per Eide"),
                        new Comparison.Change(
                                "HP-001 · Minutter per kontakt", "plan.field.target", "2026-12-31", "12", "10"),
                        new Comparison.Change("Superbrukere", "plan.field.action", "", null, "Superbrukere"),
                        new Comparison.Change("Opplæring", "plan.field.action", "", "Opplæring", null));
    }

    @Test
    void identicalSnapshotsDifferInNothingAndMoneyIsComparedInWholeKroner() {
        PlanSnapshot one = snapshot("Kari Nilsen", "2026-12-31", "12", "Opplæring", "Bakgrunn");
        assertThat(SnapshotComparer.compare(one, one)).isEmpty();
        assertThat(SnapshotComparer.compare(one, withValue(one, new BigDecimal("1000000.40"))))
                .isEmpty();
        assertThat(SnapshotComparer.compare(one, withValue(one, new BigDecimal("1000001"))))
                .extracting(Comparison.Change::before, Comparison.Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1000000", "1000001"));
    }

    private static PlanSnapshot snapshot(String owner, String targetDate, String target, String measure, String bg) {
        PlanSnapshot.IndicatorEntry indicator = new PlanSnapshot.IndicatorEntry(
                "i1",
                "Minutter per kontakt",
                "min",
                "MONTH",
                "Mia Lund",
                null,
                new BigDecimal("14"),
                LocalDate.parse("2024-12-31"),
                List.of(new PlanSnapshot.TargetEntry(LocalDate.parse(targetDate), new BigDecimal(target))));
        PlanSnapshot.BenefitEntry benefit = new PlanSnapshot.BenefitEntry(
                "b1",
                "HP-001",
                "Mindre dokumentasjonstid",
                "TIME_SAVING",
                "PLANNED",
                owner,
                "Kari Nilsen",
                LocalDate.parse("2025-01-01"),
                null,
                new BigDecimal("1000000"),
                List.of(indicator),
                null,
                null);
        // A measure with its action alone, so that adding or removing one is one field.
        PlanSnapshot.MeasureEntry m =
                new PlanSnapshot.MeasureEntry("m-" + measure, measure, List.of(), null, null, null, null);
        return new PlanSnapshot(
                "Helseplattformen",
                null,
                new PlanSections(bg, "", "", "", "", ""),
                List.of(benefit),
                List.of(m),
                List.of(),
                null);
    }

    private static PlanSnapshot withValue(PlanSnapshot s, BigDecimal value) {
        PlanSnapshot.BenefitEntry b = s.benefits().getFirst();
        PlanSnapshot.BenefitEntry changed = new PlanSnapshot.BenefitEntry(
                b.id(),
                b.code(),
                b.title(),
                b.benefitClass(),
                b.status(),
                b.owner(),
                b.responsible(),
                b.expectedStart(),
                b.fullEffect(),
                value,
                b.indicators(),
                b.valueByYear(),
                null);
        return new PlanSnapshot(
                s.programme(), s.party(), s.sections(), List.of(changed), s.measures(), s.risks(), s.netPresentValue());
    }
}
