package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import no.gevinst.GevinstIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A value kept per data generation (issue 15) is served again only while nothing is committed, is never kept under a
 * generation newer than the rows it was made from, and never reaches or comes from a read-write transaction.
 */
@GevinstIntegrationTest
class GenerationKeptIT {

    @Autowired
    DataGeneration generations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aKeptValueLastsUntilTheNextCommitAndNeverOutlivesTheRowsItWasMadeFrom() {
        GenerationKept<String, String> kept = new GenerationKept<>(generations, 8);
        assertThat(kept.get("k", () -> "first")).isEqualTo("first");
        assertThat(kept.get("k", () -> "again")).isEqualTo("first");

        GenerationKept<String, String>.Reading before = kept.begin();
        commitAWrite();
        // Made from rows read before the commit: kept, if at all, under the generation read before them.
        assertThat(before.get("j", () -> "older rows")).isEqualTo("older rows");
        assertThat(kept.get("j", () -> "after the commit")).isEqualTo("after the commit");
        assertThat(kept.get("j", () -> "again")).isEqualTo("after the commit");
        assertThat(kept.get("k", () -> "after the commit")).isEqualTo("after the commit");
        // A reading older than what is kept is answered afresh and keeps nothing.
        assertThat(before.get("j", () -> "older rows")).isEqualTo("older rows");
        assertThat(kept.get("j", () -> "again")).isEqualTo("after the commit");
    }

    @Test
    void aWritersTransactionNeitherKeepsNorIsServedAKeptValue() {
        GenerationKept<String, String> kept = new GenerationKept<>(generations, 8);
        assertThat(kept.get("k", () -> "committed")).isEqualTo("committed");
        transactions.executeWithoutResult(tx -> {
            assertThat(kept.get("k", () -> "inside")).isEqualTo("inside");
            assertThat(kept.get("other", () -> "uncommitted")).isEqualTo("uncommitted");
            tx.setRollbackOnly();
        });
        assertThat(kept.get("k", () -> "again")).isEqualTo("committed");
        assertThat(kept.get("other", () -> "fresh")).isEqualTo("fresh");
    }

    @Test
    void beyondItsLimitAValueIsServedButNotKept() {
        GenerationKept<Integer, String> kept = new GenerationKept<>(generations, 1);
        assertThat(kept.get(1, () -> "one")).isEqualTo("one");
        assertThat(kept.get(2, () -> "two")).isEqualTo("two");
        assertThat(kept.get(2, () -> "two again")).isEqualTo("two again");
        assertThat(kept.get(1, () -> "one again")).isEqualTo("one");
    }

    /** A committed write to a table pages read, as any node would make it: it moves the generation. */
    private void commitAWrite() {
        long before = generations.current();
        jdbc.sql("UPDATE organisation SET name = name WHERE id = (SELECT min(id::text)::uuid FROM organisation)")
                .update();
        assertThat(generations.current()).isGreaterThan(before);
    }
}
