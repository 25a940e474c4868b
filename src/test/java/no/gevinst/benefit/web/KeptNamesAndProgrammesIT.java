package no.gevinst.benefit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programmes and the register's names are kept in memory per data generation (issue 15): each read equals the
 * database after every committed write, whichever node (here: plain SQL) made it; a writer sees its own uncommitted
 * change and nobody else ever does; and users with other rights get their own names.
 */
@GevinstIntegrationTest
class KeptNamesAndProgrammesIT {

    @Autowired
    RegisterLookups lookups;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void programmesFollowEveryCommittedWriteAndAWritersOwnOnly() {
        Programme hp = hp();
        String before = hp.description();
        try {
            assertThat(hp()).isEqualTo(hp()); // the kept answer is the same programme
            describe(hp, "Skrevet av en annen node");
            assertThat(hp().description()).isEqualTo("Skrevet av en annen node");

            transactions.executeWithoutResult(tx -> {
                describe(hp, "Aldri lagret");
                assertThat(hp().description()).isEqualTo("Aldri lagret");
                tx.setRollbackOnly();
            });
            assertThat(hp().description()).isEqualTo("Skrevet av en annen node");
        } finally {
            describe(hp, before);
        }
        assertThat(hp().description()).isEqualTo(before);
    }

    @Test
    void theRegistersNamesFollowEveryCommittedWriteAndStayWithinEachUsersRights() {
        assertThat(people("kari")).isNotEqualTo(people("dina"));
        // An organisation of Helseplattformen that none of dina's programmes involves: its people are not hers to see.
        var dinas = users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .flatMap(p -> p.organisations().stream())
                        .toList());
        UUID organisation = hp().organisations().stream()
                .filter(o -> !dinas.contains(o))
                .findFirst()
                .orElseThrow()
                .value();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, name, organisation_id) VALUES (:id, 'Nylig Ansatt', :organisation)")
                .param("id", id)
                .param("organisation", organisation)
                .update();
        try {
            assertThat(people("kari")).contains("Nylig Ansatt");
            assertThat(people("dina")).doesNotContain("Nylig Ansatt");
        } finally {
            jdbc.sql("DELETE FROM person WHERE id = :id").param("id", id).update();
        }
        assertThat(people("kari")).doesNotContain("Nylig Ansatt");
    }

    private List<String> people(String user) {
        return users.callAs(
                user,
                () -> lookups.names().peopleList().stream().map(Person::name).toList());
    }

    private void describe(Programme programme, String description) {
        jdbc.sql("UPDATE programme SET description = :description WHERE id = :id")
                .param("description", description)
                .param("id", programme.id().value())
                .update();
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
