package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditEntry;
import no.gevinst.audit.AuditLog;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GevinstIntegrationTest
class OrganisationServiceIT {

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    // Read as the administrator: without a user nothing is visible (people and organisations are shown only within
    // a user's programmes), and background work carries the user who started it.
    @Test
    void createsAnOrganisationAndAuditsIt() {
        String number = TestOrganisationNumbers.unique();
        Organisation created =
                asAdmin(() -> organisations.create(input("Helse Nord-Trøndelag HF", "HF", number, null)));

        assertThat(users.callAs(TestUsers.ADMIN, () -> organisations.find(created.id())))
                .contains(created);
        assertThat(created.organisationNumber().value()).isEqualTo(number);
        assertThat(created.version()).isZero();
        assertThat(auditLog.history("organisation", created.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(TestUsers.ADMIN);
                    assertThat(entry.action()).isEqualTo("create");
                    assertThat(entry.before()).isNull();
                    assertThat(entry.after())
                            .contains("Helse Nord-Trøndelag HF")
                            .contains(number);
                });
    }

    @Test
    void updatesAnOrganisationAndAuditsBeforeAndAfter() {
        Organisation parent = asAdmin(() ->
                organisations.create(input("Helse Midt-Norge RHF", "RHF", TestOrganisationNumbers.unique(), null)));
        Organisation child = asAdmin(
                () -> organisations.create(input("St. Olavs HF", "HF", TestOrganisationNumbers.unique(), null)));

        Organisation updated = asAdmin(() -> organisations.update(
                child.id(),
                input(
                        "St. Olavs hospital HF",
                        "HF",
                        child.organisationNumber().value(),
                        parent.id().toString()),
                child.version()));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.parent()).isEqualTo(parent.id());
        assertThat(users.callAs(TestUsers.ADMIN, () -> organisations.find(child.id())))
                .contains(updated);
        AuditEntry update = auditLog.history("organisation", child.id()).getLast();
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.before()).contains("\"St. Olavs HF\"");
        assertThat(update.after())
                .contains("St. Olavs hospital HF")
                .contains(parent.id().toString());
    }

    @Test
    void refusesAStaleVersionAndChangesNothing() {
        Organisation original = asAdmin(() ->
                organisations.create(input("Trondheim kommune", "KOMMUNE", TestOrganisationNumbers.unique(), null)));
        asAdmin(() -> organisations.update(original.id(), input("Trondheim", "KOMMUNE", number(original), null), 0));

        assertThatThrownBy(() -> asAdmin(() -> organisations.update(
                        original.id(), input("Overwritten", "KOMMUNE", number(original), null), 0)))
                .isInstanceOf(VersionConflictException.class);

        assertThat(users.callAs(TestUsers.ADMIN, () -> organisations.find(original.id()))
                        .orElseThrow()
                        .name())
                .isEqualTo("Trondheim");
        assertThat(auditLog.history("organisation", original.id())).hasSize(2);
    }

    @Test
    void namesEveryBadFieldAndWritesNothing() {
        long organisationsBefore = count("organisation");
        long auditBefore = count("audit_log");

        assertThatThrownBy(() -> asAdmin(() -> organisations.create(input(" ", "SYKEHUS", "98365877X", "not-an-id"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("name", "organisation.name.required"),
                                        org.assertj.core.groups.Tuple.tuple("type", "organisation.type.invalid"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "organisationNumber", "organisationNumber.digitsOnly"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "parentId", "organisation.parent.unknown")));

        assertThat(count("organisation")).isEqualTo(organisationsBefore);
        assertThat(count("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void refusesAnOrganisationNumberThatIsTaken() {
        String number = TestOrganisationNumbers.unique();
        asAdmin(() -> organisations.create(input("Første", "ANNEN", number, null)));

        assertThatThrownBy(() -> asAdmin(() -> organisations.create(input("Andre", "ANNEN", number, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("organisationNumber.taken"));
    }

    @Test
    void refusesToPlaceAnOrganisationUnderItsOwnSubUnit() {
        Organisation top =
                asAdmin(() -> organisations.create(input("Topp", "RHF", TestOrganisationNumbers.unique(), null)));
        Organisation below = asAdmin(() -> organisations.create(
                input("Under", "HF", TestOrganisationNumbers.unique(), top.id().toString())));

        assertThatThrownBy(() -> asAdmin(() -> organisations.update(
                        top.id(), input("Topp", "RHF", number(top), below.id().toString()), top.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("organisation.parent.cycle"));
    }

    @Test
    void refusesWritesByUsersWhoAreNotAdministrators() {
        String reader = users.withRole("leser-org", Role.LESER, null);
        long before = count("organisation");

        assertThatThrownBy(() -> users.runAs(
                        reader,
                        () -> organisations.create(input("Nei", "ANNEN", TestOrganisationNumbers.unique(), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("organisation")).isEqualTo(before);
    }

    private Organisation asAdmin(java.util.function.Supplier<Organisation> work) {
        AtomicReference<Organisation> result = new AtomicReference<>();
        users.runAs(TestUsers.ADMIN, () -> result.set(work.get()));
        return result.get();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String number(Organisation organisation) {
        return organisation.organisationNumber().value();
    }

    private static OrganisationInput input(String name, String type, String number, String parentId) {
        return new OrganisationInput(name, type, number, parentId);
    }
}
