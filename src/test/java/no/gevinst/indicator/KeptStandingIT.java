package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.benefit.MeasurementSummary;
import no.gevinst.programme.Programme;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An indicator's status and chart series, and a profile's indicators where they stand, are kept for the data
 * generation (issue 15): asked again without a write,
 * the same standing is served; every committed write shows at once; a writer sees its own uncommitted measurement,
 * and nobody else ever does, nor keeps what it saw.
 */
@GevinstIntegrationTest
class KeptStandingIT {

    @Autowired
    Indicators indicators;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Benefits benefits;

    @Test
    void theStandingFollowsEveryCommittedWriteAndAWritersOwnOnly() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre telefoner om svar");
        IndicatorId id = as(() ->
                        indicators.create(TestIndicators.monthly(benefit.id().toString(), "Telefoner", null)))
                .id();
        LocalDate today = NorwegianTime.today();

        IndicatorView unmeasured = view(id);
        assertThat(unmeasured.status().latest()).isNull();
        assertThat(unmeasured.series()).isEmpty();
        assertThat(view(id).status()).as("kept, not worked out again").isSameAs(unmeasured.status());

        record(programme, id, "40", "2025-01-01", "2025-01-31");
        IndicatorView measured = view(id);
        assertThat(measured.status().latest()).isEqualByComparingTo("40");
        assertThat(measured.series()).extracting(PeriodValue::periodEnd).containsExactly(LocalDate.of(2025, 1, 31));

        transactions.executeWithoutResult(tx -> {
            record(programme, id, "30", "2025-02-01", "2025-02-28");
            assertThat(view(id).status().latest()).as("the writer's own").isEqualByComparingTo("30");
            tx.setRollbackOnly();
        });
        IndicatorView afterRollback = view(id);
        assertThat(afterRollback.status().latest()).isEqualByComparingTo("40");
        assertThat(afterRollback.series()).hasSize(1);
        assertThat(afterRollback.status().latestPeriodEnd()).isBefore(today);
    }

    /** The same for a benefit profile's indicators, where they stand today (their status as the register shows it). */
    @Test
    void aProfilesIndicatorsFollowEveryCommittedWriteAndAWritersOwnOnly() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre purringer");
        IndicatorId id = as(() ->
                        indicators.create(TestIndicators.monthly(benefit.id().toString(), "Purringer", null)))
                .id();

        MeasurementSummary unmeasured = summary(benefit);
        assertThat(unmeasured.latest()).isNull();
        assertThat(summary(benefit)).as("kept, not worked out again").isSameAs(unmeasured);

        record(programme, id, "40", "2025-01-01", "2025-01-31");
        assertThat(summary(benefit).latest()).isEqualByComparingTo("40");

        transactions.executeWithoutResult(tx -> {
            record(programme, id, "30", "2025-02-01", "2025-02-28");
            assertThat(summary(benefit).latest()).as("the writer's own").isEqualByComparingTo("30");
            tx.setRollbackOnly();
        });
        assertThat(summary(benefit).latest()).isEqualByComparingTo("40");
        assertThat(summary(benefit).latestPeriodEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    private MeasurementSummary summary(Benefit benefit) {
        return as(() -> benefits.measurements(benefit)).getFirst();
    }

    private IndicatorView view(IndicatorId id) {
        return as(() -> indicators.view(id, NorwegianTime.today()));
    }

    private void record(Programme programme, IndicatorId id, String value, String start, String end) {
        as(() -> indicators.record(
                id,
                MeasurementCommand.readAll(List.of(new MeasurementInput(
                        value, start, end, programme.owner().toString(), "", "", "Uttrekk", "HIGH", ""))),
                MeasurementSource.FORM));
    }

    private <T> T as(Supplier<T> work) {
        return users.callAs(TestProgrammes.COORDINATOR, work);
    }
}
