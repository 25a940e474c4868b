package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's counts per status are kept in memory for the database's generation (issue 15): every answer equals
 * a fresh count of the user's own programmes in the database, after committed writes, after a rolled-back one, and
 * inside a writer's own transaction (which sees its uncommitted benefit, while nobody else ever does).
 */
@GevinstIntegrationTest
class KeptRegisterCountsIT {

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCountsPerStatusFollowEveryCommittedWriteAndNoOtherAndStayWithinEachUsersRights() {
        assertFresh("kari");
        assertFresh("kari"); // the kept answer
        assertFresh("dina"); // other programmes, other counts
        assertThat(counts("dina")).isNotEqualTo(counts("kari"));

        Benefit created =
                users.callAs("kari", () -> benefits.create(BenefitServiceIT.input(hp(), "Telles i registeret")));
        assertFresh("kari");
        users.callAs(
                "kari", () -> benefits.transition(created.id(), BenefitStatus.PRIORITISED, null, created.version()));
        assertFresh("kari");
        assertFresh("dina");

        Map<BenefitStatus, Long> committed = counts("kari");
        transactions.executeWithoutResult(tx -> {
            users.callAs("kari", () -> benefits.create(BenefitServiceIT.input(hp(), "Aldri lagret")));
            Map<BenefitStatus, Long> inside = counts("kari");
            assertThat(inside.get(BenefitStatus.IDENTIFIED)).isEqualTo(committed.get(BenefitStatus.IDENTIFIED) + 1);
            tx.setRollbackOnly();
        });
        assertThat(counts("kari")).isEqualTo(committed);
        assertFresh("kari");
    }

    private void assertFresh(String user) {
        assertThat(counts(user)).as(user).isEqualTo(countedNow(user));
    }

    private Map<BenefitStatus, Long> counts(String user) {
        return users.callAs(user, () -> benefits.search(BenefitQuery.all()).countsByStatus());
    }

    private Map<BenefitStatus, Long> countedNow(String user) {
        UUID[] visible = users.callAs(user, () -> programmes.visibleIds()).stream()
                .map(ProgrammeId::value)
                .toArray(UUID[]::new);
        Map<BenefitStatus, Long> counts = new EnumMap<>(BenefitStatus.class);
        for (BenefitStatus status : BenefitStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM benefit WHERE programme_id = ANY(:visible) GROUP BY status")
                .param("visible", visible)
                .query(rs -> {
                    counts.put(BenefitStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }
}
