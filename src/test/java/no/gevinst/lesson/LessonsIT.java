package no.gevinst.lesson;

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
import no.gevinst.benefit.Benefit;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Lessons and pilots through the facade: written by a programme's coordinators and gevinsteiere only, found by words
 * and filters in every programme the user sees and in no other, stale writes refused, bad input named by its field,
 * every write audited.
 */
@GevinstIntegrationTest
class LessonsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    Lessons lessons;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Test
    void coordinatorsAndGevinsteiereWriteReadersDoNotAndStaleWritesAreRefused() {
        Programme programme = testProgrammes.create();
        String owner = users.withRole("lesson-eier-" + suffix(), Role.GEVINSTEIER, programme.owner());
        String reader = users.withRole("lesson-leser-" + suffix(), Role.LESER, programme.owner());

        Lesson byCoordinator = as(COORDINATOR, () -> lessons.create(programme.id(), input("Koordinatorens", "PLAN")));
        Lesson byOwner = as(owner, () -> lessons.create(programme.id(), input("Eierens", "REALISE")));
        assertThat(byOwner.phase()).isEqualTo(Phase.REALISE);
        assertThat(as(reader, () -> lessons.canWrite(programme.id()))).isFalse();
        assertThatThrownBy(() -> as(reader, () -> lessons.create(programme.id(), input("Leserens", "PLAN"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(reader, () -> lessons.find(programme.id(), byOwner.id()))).isPresent();

        Lesson changed =
                as(owner, () -> lessons.update(programme.id(), byCoordinator.id(), input("Endret", "CLOSE"), 0));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.title()).startsWith("Endret");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> lessons.update(programme.id(), byCoordinator.id(), input("Utdatert", "PLAN"), 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(auditLog.history("lesson", byCoordinator.id().value()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Test
    void badInputIsNamedByItsField() {
        Programme programme = testProgrammes.create();
        Programme other = testProgrammes.create();
        Benefit elsewhere = testProgrammes.bareBenefit(other, "Gevinst i et annet program");
        LessonInput bad = new LessonInput(
                " ",
                "",
                "x",
                "\u0000",
                "",
                "NOPE",
                other.areas().isEmpty()
                        ? "not-a-uuid"
                        : other.areas().getFirst().id().toString(),
                "p".repeat(301),
                List.of(elsewhere.id().toString()));
        assertThat(refusal(() -> lessons.create(programme.id(), bad)))
                .extracting(FieldViolation::field)
                .contains(
                        "title",
                        "happened",
                        "didNotWork",
                        "recommendation",
                        "phase",
                        "areaId",
                        "processTag",
                        "benefitIds");
    }

    @Test
    void theSearchFindsWordsAndFiltersInTheProgrammesTheUserSeesOnly() {
        Programme programme = testProgrammes.create();
        String token = "kvasir" + suffix();
        Lesson found = as(
                COORDINATOR,
                () -> lessons.create(
                        programme.id(),
                        new LessonInput(
                                "Opplæring " + token,
                                "Superbrukere ble lært opp for sent.",
                                "Tidlig opplæring",
                                "",
                                "Start opplæringen av superbrukere et halvt år før go-live.",
                                "PLAN",
                                "",
                                "Opplæring",
                                List.of())));
        as(COORDINATOR, () -> lessons.create(programme.id(), input("Annen " + token, "REALISE")));

        LessonPage byToken = as(COORDINATOR, () -> lessons.search(LessonQuery.parse(token, "", "", "", "")));
        assertThat(byToken.total()).isEqualTo(2);
        LessonPage byWords = as(
                COORDINATOR,
                () -> lessons.search(LessonQuery.parse(
                        "superbrukere " + token, "", "", programme.id().toString(), "")));
        assertThat(byWords.lessons()).extracting(Lesson::id).containsExactly(found.id());
        LessonPage byPart = as(
                COORDINATOR,
                () -> lessons.search(LessonQuery.parse(token.substring(0, token.length() - 2), "plan", "", "", "")));
        assertThat(byPart.lessons()).extracting(Lesson::id).containsExactly(found.id());

        String outsider = users.withRole("lesson-utenfor-" + suffix(), Role.LESER, otherOrganisation());
        assertThat(as(
                        outsider,
                        () -> lessons.search(LessonQuery.parse(token, "", "", "", ""))
                                .total()))
                .isZero();
        assertThatThrownBy(() -> LessonQuery.parse("", "NOPE", "x", "y", "-1"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder("phase", "area", "programme", "page"));
    }

    @Test
    void aLessonStartsAMeasureThatIsMarkedDoneWithItsVersion() {
        Programme programme = testProgrammes.create();
        Lesson lesson = as(COORDINATOR, () -> lessons.create(programme.id(), input("Med tiltak", "REALISE")));
        String ownerId = personOf(programme);
        assertThat(refusal(() -> lessons.addMeasure(
                        programme.id(), lesson.id(), new LessonMeasureInput("", "not-a-uuid", "2026-02-30"))))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("action", "ownerId", "deadline");
        LessonMeasure measure = as(
                COORDINATOR,
                () -> lessons.addMeasure(
                        programme.id(),
                        lesson.id(),
                        new LessonMeasureInput("Lær opp superbrukere", ownerId, "2027-03-01")));
        LessonMeasure done =
                as(COORDINATOR, () -> lessons.markDone(programme.id(), lesson.id(), measure.id(), true, 0));
        assertThat(done.done()).isTrue();
        assertThatThrownBy(() ->
                        as(COORDINATOR, () -> lessons.markDone(programme.id(), lesson.id(), measure.id(), false, 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(auditLog.history("lesson-measure", measure.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Test
    void aPilotRecordsItsOutcomeAndTheDecisionWithDateAndWhoDecided() {
        Programme programme = testProgrammes.create();
        String unit = programme.owner().toString();
        String decider = personOf(programme);
        assertThat(refusal(() -> lessons.createPilot(
                        programme.id(),
                        new PilotInput("Pilot", unit, "2026-03-01", "2026-02-01", "", "ROLL_OUT", "", ""))))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("endsOn", "decidedOn", "decidedById");
        Pilot pilot = as(
                COORDINATOR,
                () -> lessons.createPilot(
                        programme.id(),
                        new PilotInput(
                                "Digital innsjekk på én poliklinikk",
                                unit,
                                "2026-01-05",
                                "2026-03-31",
                                "",
                                "PENDING",
                                "",
                                "")));
        assertThat(pilot.decision()).isEqualTo(RollOut.PENDING);
        Pilot decided = as(
                COORDINATOR,
                () -> lessons.updatePilot(
                        programme.id(),
                        pilot.id(),
                        new PilotInput(
                                "Digital innsjekk på én poliklinikk",
                                unit,
                                "2026-01-05",
                                "2026-03-31",
                                "Kortere kø i skranken.",
                                "ROLL_OUT",
                                "2026-04-10",
                                decider),
                        0));
        assertThat(decided.decidedOn()).hasToString("2026-04-10");
        assertThat(decided.decidedBy()).hasToString(decider);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> lessons.updatePilot(
                                programme.id(),
                                pilot.id(),
                                new PilotInput("Utdatert", unit, "2026-01-05", "", "", "PENDING", "", ""),
                                0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(as(COORDINATOR, () -> lessons.pilots(Optional.of(programme.id()))))
                .extracting(Pilot::id)
                .containsExactly(pilot.id());
        assertThat(auditLog.history("pilot", pilot.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    private String personOf(Programme programme) {
        return as(TestUsers.ADMIN, () -> testPeople(programme));
    }

    @Autowired
    no.gevinst.organisation.People people;

    private String testPeople(Programme programme) {
        return people.inOrganisations(programme.organisations()).stream()
                .findFirst()
                .orElseGet(() -> people.create(new no.gevinst.organisation.PersonInput(
                        "Lærdom Person",
                        "laerdom" + suffix() + "@example.no",
                        "",
                        programme.owner().toString())))
                .id()
                .toString();
    }

    private no.gevinst.shared.OrganisationId otherOrganisation() {
        return as(
                TestUsers.ADMIN,
                () -> organisations
                        .create(new OrganisationInput(
                                "Erfaringsutenforstående " + suffix(), "ANNEN", TestOrganisationNumbers.unique(), null))
                        .id());
    }

    private static LessonInput input(String title, String phase) {
        return new LessonInput(
                title + " " + suffix(), "Det skjedde noe.", "", "", "Gjør det annerledes.", phase, "", "", List.of());
    }

    private List<FieldViolation> refusal(java.util.function.Supplier<?> write) {
        try {
            as(COORDINATOR, write);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("The write was not refused");
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }
}
