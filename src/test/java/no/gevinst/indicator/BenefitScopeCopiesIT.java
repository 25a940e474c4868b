package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.BenefitWritten;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indicator and valuation modules scope by their own copies of each benefit's programme, code, status and
 * allocations (issue 21, V57), which the benefit module's {@link BenefitWritten} keeps in the transaction of each
 * write: after a benefit is created and changes status, the copies are what the benefit tables hold.
 */
@GevinstIntegrationTest
class BenefitScopeCopiesIT {

    @Autowired
    Benefits benefits;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCopiesFollowTheBenefitFromItsCreationThroughItsStatusChanges() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre reinnleggelser");
        assertCopiesAreTheBenefitTables(programme);

        users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.transition(
                        benefit.id(),
                        BenefitStatus.ABANDONED,
                        "Gevinsten hentes av et annet prosjekt",
                        benefit.version()));
        assertThat(jdbc.sql("SELECT status FROM indicator_benefit_scope WHERE benefit_id = :b")
                        .param("b", benefit.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("ABANDONED");
        assertCopiesAreTheBenefitTables(programme);
    }

    @Test
    void theMigrationAndTheEventsLeaveEveryDemoBenefitInBothCopies() {
        long benefitsHere =
                jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM indicator_benefit_scope")
                        .query(Long.class)
                        .single())
                .isEqualTo(benefitsHere);
        assertThat(jdbc.sql("SELECT count(*) FROM valuation_benefit_scope")
                        .query(Long.class)
                        .single())
                .isEqualTo(benefitsHere);
    }

    private void assertCopiesAreTheBenefitTables(Programme programme) {
        String derived = """
                SELECT b.id, b.programme_id, b.code, b.status,
                       ARRAY(SELECT a.organisation_id FROM benefit_allocation a WHERE a.benefit_id = b.id
                             ORDER BY a.organisation_id) AS allocated
                FROM benefit b WHERE b.programme_id = :p ORDER BY b.id
                """;
        String indicatorCopy = """
                SELECT benefit_id, programme_id, code, status,
                       ARRAY(SELECT o FROM unnest(allocated_to) o ORDER BY o) AS allocated
                FROM indicator_benefit_scope WHERE programme_id = :p ORDER BY benefit_id
                """;
        assertThat(rows(indicatorCopy, programme)).isEqualTo(rows(derived, programme));
        assertThat(rows(
                        "SELECT benefit_id, programme_id, code FROM valuation_benefit_scope WHERE programme_id = :p"
                                + " ORDER BY benefit_id",
                        programme))
                .isEqualTo(rows(
                        "SELECT id, programme_id, code FROM benefit WHERE programme_id = :p ORDER BY id", programme));
    }

    private List<List<Object>> rows(String sql, Programme programme) {
        return jdbc.sql(sql)
                .param("p", programme.id().value())
                .query((rs, n) -> {
                    int columns = rs.getMetaData().getColumnCount();
                    List<Object> row = new java.util.ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        row.add(value instanceof java.sql.Array array ? List.of((Object[]) array.getArray()) : value);
                    }
                    return row;
                })
                .list();
    }
}
