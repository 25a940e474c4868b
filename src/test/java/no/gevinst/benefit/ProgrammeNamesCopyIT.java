package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.FrameworkChanged;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.FrameworkKind;
import no.gevinst.programme.Objective;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register filters and counts by its own copy of the programmes' area and priority-area names, and orders a
 * benefit's objectives by its own copy of their numbers (issue 21, V58), which the programme module's {@link
 * FrameworkChanged} and {@code ObjectiveNumbered} keep in the transaction of each write: a renamed area is found by
 * its new name at once, a renumbered objective moves at once, and an item gone from the framework leaves the copy.
 */
@GevinstIntegrationTest
class ProgrammeNamesCopyIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRegisterFindsABenefitByItsAreasNewNameAndCountsItThere() {
        Programme programme = testProgrammes.create();
        FrameworkItem area = item(programme, FrameworkKind.AREA, "Klinisk kvalitet");
        FrameworkItem priority = item(programme, FrameworkKind.PRIORITY_AREA, "Pasientsikkerhet");
        Benefit benefit =
                as(() -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Færre avvik")
                        .framework(area.id().toString(), List.of(priority.id().toString()), List.of())
                        .build()));
        String oldArea = area.name();
        String newArea = "Kvalitet og sikkerhet " + programme.code();
        String newPriority = "Trygg behandling " + programme.code();
        assertThat(byArea(programme, oldArea)).containsExactly(benefit.title());

        long version = as(() -> programmes.require(programme.id()).version());
        as(() -> programmes.renameFrameworkItem(programme.id(), area.id(), newArea, version));
        as(() -> programmes.renameFrameworkItem(programme.id(), priority.id(), newPriority, version + 1));

        assertThat(byArea(programme, newArea)).containsExactly(benefit.title());
        assertThat(byArea(programme, oldArea)).isEmpty();
        assertThat(as(
                        () -> benefits
                                .list(BenefitQuery.builder()
                                        .programme(programme.id())
                                        .priorityArea(newPriority)
                                        .build())
                                .stream()
                                .map(Benefit::title)
                                .toList()))
                .containsExactly(benefit.title());
        RegisterTally tally = tally(programme);
        assertThat(tally.byArea()).containsEntry(newArea, 1L).doesNotContainKey(oldArea);
        assertThat(tally.byPriorityArea()).containsEntry(newPriority, 1L);
        assertCopyIsTheFramework(programme);
    }

    @Test
    void aBenefitsObjectivesFollowTheirNewNumbers() {
        Programme programme = testProgrammes.create();
        Objective first = as(() -> programmes.addObjective(programme.id(), new ObjectiveInput("1", "Bedre helse")));
        Objective second = as(() -> programmes.addObjective(programme.id(), new ObjectiveInput("2", "Mindre sløsing")));
        Benefit benefit =
                as(() -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Mål i rekkefølge")
                        .framework(
                                null,
                                List.of(),
                                List.of(second.id().toString(), first.id().toString()))
                        .build()));
        assertThat(objectivesOf(benefit)).containsExactly(first.id(), second.id());

        as(() -> programmes.updateObjective(first.id(), new ObjectiveInput("3", first.description()), first.version()));

        assertThat(objectivesOf(benefit)).containsExactly(second.id(), first.id());
        assertThat(as(() -> benefits.list(BenefitQuery.inProgramme(programme.id())))
                        .getFirst()
                        .objectives())
                .containsExactly(second.id(), first.id());
        assertThat(jdbc.sql("""
                        (SELECT id, number FROM objective WHERE programme_id = :p)
                        EXCEPT (SELECT objective_id, number FROM benefit_objective_number WHERE programme_id = :p)
                        """)
                        .param("p", programme.id().value())
                        .query((rs, n) -> rs.getString(1))
                        .list())
                .isEmpty();
    }

    /** An item gone from the framework the programme tells of leaves the copy, and its name the register's filter. */
    @Test
    void anItemGoneFromTheFrameworkLeavesTheCopy() {
        Programme programme = testProgrammes.create();
        FrameworkItem kept = item(programme, FrameworkKind.AREA, "Beholdt " + programme.code());
        FrameworkItem gone = item(programme, FrameworkKind.AREA, "Fjernet " + programme.code());
        Programme now = as(() -> programmes.find(programme.id()).orElseThrow());
        transactions.executeWithoutResult(tx -> events.publishEvent(new FrameworkChanged(
                programme.id(),
                now.framework().stream().filter(i -> !i.id().equals(gone.id())).toList())));

        List<String> names = jdbc.sql("SELECT name FROM benefit_framework_name WHERE programme_id = :p")
                .param("p", programme.id().value())
                .query(String.class)
                .list();
        assertThat(names).contains(kept.name()).doesNotContain(gone.name());
    }

    private FrameworkItem item(Programme programme, FrameworkKind kind, String name) {
        return as(() -> programmes.addFrameworkItem(programme.id(), kind, name));
    }

    private List<no.gevinst.shared.ObjectiveId> objectivesOf(Benefit benefit) {
        return as(() -> benefits.find(benefit.id()).orElseThrow().objectives());
    }

    private List<String> byArea(Programme programme, String area) {
        return as(() -> benefits
                .list(BenefitQuery.builder()
                        .programme(programme.id())
                        .area(area)
                        .build())
                .stream()
                .map(Benefit::title)
                .toList());
    }

    private RegisterTally tally(Programme programme) {
        LocalDate today = NorwegianTime.today();
        return as(() -> benefits.tally(BenefitQuery.inProgramme(programme.id()), today, today.plusMonths(3)));
    }

    /** Every item of the programme's framework has its copy, with its kind and name, and no copy is left over. */
    private void assertCopyIsTheFramework(Programme programme) {
        String table = "SELECT id, kind, name FROM framework_item WHERE programme_id = :p";
        String copy = "SELECT framework_item_id, kind, name FROM benefit_framework_name WHERE programme_id = :p";
        for (String sql : List.of("(" + table + ") EXCEPT (" + copy + ")", "(" + copy + ") EXCEPT (" + table + ")")) {
            assertThat(jdbc.sql(sql)
                            .param("p", programme.id().value())
                            .query((rs, n) -> rs.getString(3))
                            .list())
                    .as(sql)
                    .isEmpty();
        }
    }

    private <T> T as(Supplier<T> work) {
        return users.callAs(COORDINATOR, work::get);
    }
}
