package no.gevinst.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Stakeholder analyses and involvement plans through the facade: written by a programme's coordinators only,
 * narrowed to an organisation, placed in their quadrant; stale writes refused; bad input named by its field (an
 * interest of 7 names {@code interest}); every write audited; an action can be a measure with owner and deadline.
 */
@GevinstIntegrationTest
class StakeholdersIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    AuditLog auditLog;

    @Test
    void coordinatorsWriteTheAnalysisWhichCanBeNarrowedToAnOrganisationAndIsAudited() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        Stakeholder unions = as(
                COORDINATOR,
                () -> stakeholders.create(
                        programme.id(),
                        new StakeholderInput(
                                "Tillitsvalgte",
                                "union_representatives",
                                "5",
                                "4",
                                "Turnus",
                                clinic.id().toString())));
        Stakeholder employees = as(
                COORDINATOR,
                () -> stakeholders.create(
                        programme.id(), new StakeholderInput("Ansatte", "EMPLOYEES", "5", " 2 ", "", null)));
        assertThat(unions.quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThat(employees.quadrant()).isEqualTo(Quadrant.KEEP_INFORMED);
        assertThat(Quadrant.of(2, 3)).isEqualTo(Quadrant.KEEP_SATISFIED);
        assertThat(Quadrant.of(2, 2)).isEqualTo(Quadrant.MONITOR);
        assertThat(as(COORDINATOR, () -> stakeholders.stakeholders(programme.id(), Optional.empty())))
                .extracting(Stakeholder::name)
                .containsExactly("Tillitsvalgte", "Ansatte");
        assertThat(as(COORDINATOR, () -> stakeholders.stakeholders(programme.id(), Optional.of(clinic.id()))))
                .extracting(Stakeholder::name)
                .containsExactly("Tillitsvalgte");

        Stakeholder moved = as(
                COORDINATOR,
                () -> stakeholders.update(
                        programme.id(),
                        employees.id(),
                        new StakeholderInput("Ansatte i klinikken", "EMPLOYEES", "5", "3", "Opplæring", null),
                        0));
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> stakeholders.update(
                                programme.id(),
                                employees.id(),
                                new StakeholderInput("Ansatte", "EMPLOYEES", "5", "2", "", null),
                                0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(auditLog.history("stakeholder", employees.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Test
    void badInputIsNamedByItsField() {
        Programme programme = testProgrammes.create();
        assertThat(refusal(() -> stakeholders.create(
                        programme.id(), new StakeholderInput("", "KING", "7", "x", "", "not-an-id"))))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("name", "kind", "interest", "influence", "organisationId");
        assertThat(refusal(() -> stakeholders.create(
                        programme.id(), new StakeholderInput("Ledere", "SECTION_LEADERS", "7", "3", "", null))))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("interest", "stakeholder.score.range"));
        // An organisation outside the programme is as unknown as one that does not exist.
        Organisation elsewhere = as(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Utenfor " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        null)));
        assertThat(refusal(() -> stakeholders.create(
                        programme.id(),
                        new StakeholderInput(
                                "Ledere",
                                "SECTION_LEADERS",
                                "3",
                                "3",
                                "",
                                elsewhere.id().toString()))))
                .extracting(FieldViolation::field)
                .containsExactly("organisationId");
    }

    @Test
    void onlyCoordinatorsWriteAndOthersOutsideDoNotSeeTheProgramme() {
        Programme programme = testProgrammes.create();
        String reader = users.withRole("intressentleser" + suffix(), Role.LESER, programme.owner());
        StakeholderInput input = new StakeholderInput("Ledere", "SECTION_LEADERS", "3", "3", "", null);
        assertThatThrownBy(() -> as(reader, () -> stakeholders.create(programme.id(), input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kari", () -> stakeholders.create(programme.id(), input)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(reader, () -> stakeholders.stakeholders(programme.id(), Optional.empty())))
                .isEmpty();
        assertThat(as(reader, () -> stakeholders.canCoordinate(programme.id()))).isFalse();
    }

    @Test
    void thePlansActionsCanBeMeasuresWithOwnerAndDeadlineAndMoveBetweenStatuses() {
        Programme programme = testProgrammes.create();
        Stakeholder leaders = as(
                COORDINATOR,
                () -> stakeholders.create(
                        programme.id(), new StakeholderInput("Seksjonsledere", "SECTION_LEADERS", "5", "4", "", null)));
        String person = as(
                TestUsers.ADMIN,
                () -> people.create(new PersonInput(
                                "Ansvarlig " + suffix(),
                                "",
                                "Leder",
                                programme.owner().toString()))
                        .id()
                        .toString());
        assertThat(refusal(() -> stakeholders.addAction(
                        programme.id(), leaders.id(), new ActionInput("", "i morgen", "BREVDUE", "x", true, "", ""))))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(
                        "description", "plannedOn", "channel", "responsibleId", "measureOwnerId", "measureDeadline");
        InvolvementAction briefing = as(
                COORDINATOR,
                () -> stakeholders.addAction(
                        programme.id(),
                        leaders.id(),
                        new ActionInput("Informasjonsmøte", "2027-01-10", "MEETING", person, false, null, null)));
        InvolvementAction training = as(
                COORDINATOR,
                () -> stakeholders.addAction(
                        programme.id(),
                        leaders.id(),
                        new ActionInput(
                                "Lederopplæring", "2027-02-01", "training", person, true, person, "2027-03-31")));
        assertThat(briefing.measure()).isFalse();
        assertThat(training.measure()).isTrue();
        assertThat(training.measureOwner().toString()).isEqualTo(person);
        assertThat(training.measureDeadline()).hasToString("2027-03-31");
        assertThat(as(COORDINATOR, () -> stakeholders.actions(programme.id(), List.of(leaders.id()))))
                .extracting(InvolvementAction::description)
                .containsExactly("Informasjonsmøte", "Lederopplæring");

        InvolvementAction done =
                as(COORDINATOR, () -> stakeholders.setStatus(programme.id(), leaders.id(), training.id(), "DONE", 0));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> stakeholders.setStatus(programme.id(), leaders.id(), training.id(), "PLANNED", 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(refusal(() -> stakeholders.setStatus(programme.id(), leaders.id(), training.id(), "KANSKJE", 1)))
                .extracting(FieldViolation::field)
                .containsExactly("status");
        assertThat(auditLog.history("stakeholder-action", training.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    private Organisation unitUnder(Programme programme, String name) {
        return as(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        name + " " + TestOrganisationNumbers.unique(),
                        "ANNEN",
                        TestOrganisationNumbers.unique(),
                        programme.owner().toString())));
    }

    private List<FieldViolation> refusal(java.util.function.Supplier<?> write) {
        try {
            as(COORDINATOR, write);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("Not refused");
    }

    private static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }
}
