package no.gevinst.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import no.gevinst.programme.Programme;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Maturity rounds through the facade: written, sent and closed by a programme's coordinators only; answered once per
 * person by the people of the units it was sent to, changed until it closes; results only for groups of five or more,
 * a small unit pooled into its parent; stale writes refused; bad input named by its field; every write audited.
 */
@GevinstIntegrationTest
class MaturityRoundsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    MaturityRounds rounds;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Test
    void answersAreSummedPerUnitAndASmallUnitIsPooledIntoItsParent() {
        Programme programme = testProgrammes.create();
        Organisation big = unitUnder(programme, "Stor klinikk");
        Organisation small = unitUnder(programme, "Liten klinikk");
        Round round = openRound(programme, "Runde 1", programme.owner().toString());
        assertThat(round.units()).extracting(RoundUnit::organisation).contains(programme.owner(), big.id(), small.id());

        List<String> bigPeople = respondents(big, 6);
        List<String> smallPeople = respondents(small, 2);
        List<String> ownPeople = respondents(programme.owner(), 3);
        bigPeople.forEach(u -> answer(u, round, big, 4));
        smallPeople.forEach(u -> answer(u, round, small, 2));
        ownPeople.forEach(u -> answer(u, round, null, 3));
        // Someone changes their mind before the round closes: the answer is replaced, not added.
        MyAnswer first = as(bigPeople.getFirst(), () -> rounds.myAnswer(round.id()));
        assertThat(first.answered()).isTrue();
        assertThat(first.scores()).containsEntry("leadership.1", 4);
        as(bigPeople.getFirst(), () -> rounds.answer(round.id(), scores(big, 5), first.version()));

        assertThat(as(COORDINATOR, () -> rounds.results(programme.id(), round.id())))
                .isEmpty();
        Round closed = as(COORDINATOR, () -> rounds.close(programme.id(), round.id(), round.version()));
        Results results = as(COORDINATOR, () -> rounds.results(programme.id(), closed.id()))
                .orElseThrow();

        assertThat(results.respondents()).isEqualTo(11);
        assertThat(results.withheldGroups()).isZero();
        assertThat(results.rows())
                .extracting(ResultRow::unit, ResultRow::respondents, ResultRow::pooled)
                .containsExactlyInAnyOrder(Tuple.tuple(big.id(), 6, false), Tuple.tuple(programme.owner(), 5, true));
        ResultRow bigRow = row(results, big);
        // 5 answers of 4 and one of 5 on each of leadership's three statements: 75 / 18 = 4.17, shown as 4.2.
        assertThat(bigRow.cells().getFirst().points()).isEqualTo(75);
        assertThat(bigRow.cells().getFirst().mean()).isEqualByComparingTo("4.2");
        ResultRow pooled = row(results, programme.owner());
        assertThat(pooled.pooledFrom()).containsExactly(small.name());
        // 3 × 3 + 2 × 2 per statement, over five people: 2.6.
        assertThat(pooled.cells().getFirst().mean()).isEqualByComparingTo("2.6");
        assertThat(pooled.cells()).allSatisfy(c -> assertThat(c.respondents()).isGreaterThanOrEqualTo(5));
        assertThat(auditLog.history("maturity-round", round.id()))
                .extracting(e -> e.action())
                .contains("create", "send", "close");
    }

    @Test
    void aGroupStillTooSmallIsWithheldAndTheNextRoundShowsTheChange() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        Round before = openRound(programme, "Før", clinic.id().toString());
        List<String> people = respondents(clinic, 5);
        people.forEach(u -> answer(u, before, clinic, 2));
        as(COORDINATOR, () -> rounds.close(programme.id(), before.id(), before.version()));

        Round after = openRound(programme, "Etter", clinic.id().toString(), 20);
        people.forEach(u -> answer(u, after, clinic, 3));
        String late = respondents(clinic, 1).getFirst();
        answer(late, after, clinic, 3);
        as(COORDINATOR, () -> rounds.close(programme.id(), after.id(), after.version()));
        Results results = as(COORDINATOR, () -> rounds.results(programme.id(), after.id()))
                .orElseThrow();
        assertThat(results.previous().id()).isEqualTo(before.id());
        assertThat(row(results, clinic).cells().getFirst().change()).isEqualByComparingTo("1.0");

        Round tiny = openRound(programme, "Liten", clinic.id().toString(), 40);
        people.subList(0, 4).forEach(u -> answer(u, tiny, clinic, 1));
        as(COORDINATOR, () -> rounds.close(programme.id(), tiny.id(), tiny.version()));
        Results withheld =
                as(COORDINATOR, () -> rounds.results(programme.id(), tiny.id())).orElseThrow();
        // Four answers in the clinic, none in the organisation above it: nothing is shown.
        assertThat(withheld.rows()).isEmpty();
        assertThat(withheld.withheldGroups()).isEqualTo(1);
    }

    /**
     * Results stored for a round (as an import writes them for a round from another installation) are shown only
     * for a closed round with no answers of its own: a round's real answers always win over stored ones.
     */
    @Test
    void storedResultsShowOnlyForARoundWithoutAnswersOfItsOwn() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        Round answered = openRound(programme, "Besvart", clinic.id().toString());
        respondents(clinic, 5).forEach(u -> answer(u, answered, clinic, 2));
        as(COORDINATOR, () -> rounds.close(programme.id(), answered.id(), answered.version()));
        Round unanswered = openRound(programme, "Ubesvart", clinic.id().toString(), 20);
        as(COORDINATOR, () -> rounds.close(programme.id(), unanswered.id(), unanswered.version()));
        storeResults(answered, clinic, 40);
        storeResults(unanswered, clinic, 40);

        Results own = as(COORDINATOR, () -> rounds.results(programme.id(), answered.id()))
                .orElseThrow();
        assertThat(own.respondents()).isEqualTo(5);
        assertThat(row(own, clinic).respondents()).isEqualTo(5);
        assertThat(row(own, clinic).cells())
                .allSatisfy(c -> assertThat(c.mean()).isEqualByComparingTo("2.0"));

        Results stored = as(COORDINATOR, () -> rounds.results(programme.id(), unanswered.id()))
                .orElseThrow();
        assertThat(stored.respondents()).isEqualTo(40);
        assertThat(row(stored, clinic).respondents()).isEqualTo(40);
        assertThat(row(stored, clinic).cells())
                .allSatisfy(c -> assertThat(c.mean()).isEqualByComparingTo("4.0"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Results as an import stores them: the unit's row with a mean of 4.0 in every dimension, and the round's total. */
    private void storeResults(Round round, Organisation unit, int respondents) {
        for (MaturityTemplate.Dimension d : MaturityTemplate.DEFAULT.dimensions()) {
            jdbc.sql("""
                            INSERT INTO maturity_result
                                (round_id, organisation_id, name, dimension, respondents, points, answers, mean)
                            VALUES (:round, :unit, :name, :dimension, :respondents, :points, :answers, 4.0)
                            """)
                    .param("round", round.id().value())
                    .param("unit", unit.id().value())
                    .param("name", unit.name())
                    .param("dimension", d.key())
                    .param("respondents", respondents)
                    .param("points", 4L * respondents)
                    .param("answers", (long) respondents)
                    .update();
        }
        jdbc.sql("INSERT INTO maturity_result_total (round_id, respondents, withheld_groups) VALUES (:round, :n, 0)")
                .param("round", round.id().value())
                .param("n", respondents)
                .update();
    }

    @Test
    void onlyCoordinatorsWriteRoundsAndOnlyThePeopleOfItsUnitsAnswer() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        String reader = users.withRole("modenleser" + suffix(), Role.LESER, programme.owner());
        assertThatThrownBy(() -> as(
                        reader,
                        () -> rounds.create(
                                programme.id(), input("R", clinic.id().toString()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        "kari",
                        () -> rounds.create(
                                programme.id(), input("R", clinic.id().toString()))))
                .isInstanceOf(NotFoundException.class);

        Round round = openRound(programme, "R", clinic.id().toString());
        // The reader holds a role in the owner, above the clinic the round went to: not a respondent.
        assertThatThrownBy(() -> as(reader, () -> rounds.myAnswer(round.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(reader, () -> rounds.toAnswer())).extracting(Round::id).doesNotContain(round.id());
        String respondent = respondents(clinic, 1).getFirst();
        assertThat(as(respondent, () -> rounds.toAnswer()))
                .extracting(Round::id)
                .contains(round.id());
        assertThatThrownBy(() -> as(respondent, () -> rounds.close(programme.id(), round.id(), round.version())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void staleWritesAreRefusedAndBadInputIsNamedByItsField() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        Round draft = as(
                COORDINATOR,
                () -> rounds.create(programme.id(), input("Utkast", clinic.id().toString())));
        Round changed = as(
                COORDINATOR,
                () -> rounds.update(
                        programme.id(),
                        draft.id(),
                        input("Utkast 2", clinic.id().toString()),
                        0));
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> rounds.update(
                                programme.id(),
                                draft.id(),
                                input("Utkast 3", clinic.id().toString()),
                                0)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> as(COORDINATOR, () -> rounds.send(programme.id(), draft.id(), 0)))
                .isInstanceOf(VersionConflictException.class);

        assertThat(refusal(() -> rounds.create(
                        programme.id(),
                        new RoundInput("", "ukjent", "2026-13-01", "", List.of("ikke-en-id"), "ikke-en-bølge"))))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("name", "maturity.name.required"),
                        Tuple.tuple("template", "maturity.template.unknown"),
                        Tuple.tuple("opensOn", "date.invalid"),
                        Tuple.tuple("closesOn", "maturity.closesOn.required"),
                        Tuple.tuple("organisationIds", "maturity.unit.invalid"),
                        Tuple.tuple("waveId", "maturity.wave.unknown"));

        Round sent = as(COORDINATOR, () -> rounds.send(programme.id(), draft.id(), 1));
        assertThat(refusal(() -> rounds.update(
                        programme.id(), draft.id(), input("X", clinic.id().toString()), 2)))
                .extracting(FieldViolation::messageKey)
                .containsExactly("maturity.round.notDraft");
        String respondent = respondents(clinic, 1).getFirst();
        Map<String, String> bad = new HashMap<>(scores(clinic, 3).scores());
        bad.put("leadership.1", "6");
        bad.remove("data.2");
        bad.put("ukjent", "3");
        assertThatThrownBy(() -> as(
                        respondent,
                        () -> rounds.answer(
                                sent.id(), new AnswerInput(clinic.id().toString(), bad), -1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactlyInAnyOrder(
                                        Tuple.tuple("scores[leadership.1]", "maturity.score.range"),
                                        Tuple.tuple("scores[data.2]", "maturity.score.required"),
                                        Tuple.tuple("scores", "maturity.score.unknown")));
        answer(respondent, sent, clinic, 3);
        // A second first answer from the same person is stale: they answer once and change it.
        assertThatThrownBy(() -> as(respondent, () -> rounds.answer(sent.id(), scores(clinic, 4), -1)))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aWeakResultBecomesAMeasureLinkedToItsDimensionAndUnit() {
        Programme programme = testProgrammes.create();
        Organisation clinic = unitUnder(programme, "Klinikk");
        Round round = openRound(programme, "R", clinic.id().toString());
        respondents(clinic, 5).forEach(u -> answer(u, round, clinic, 1));
        as(COORDINATOR, () -> rounds.close(programme.id(), round.id(), round.version()));
        String owner = as(
                TestUsers.ADMIN,
                () -> people.create(new no.gevinst.organisation.PersonInput(
                                "Tiltakseier " + suffix(),
                                "",
                                "Leder",
                                programme.owner().toString()))
                        .id()
                        .toString());
        assertThat(refusal(() -> rounds.addMeasure(
                        programme.id(), round.id(), new MeasureInput("ukjent", "x", "", "", "i morgen"))))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("dimension", "unitId", "action", "ownerId", "deadline");
        MaturityMeasure measure = as(
                COORDINATOR,
                () -> rounds.addMeasure(
                        programme.id(),
                        round.id(),
                        new MeasureInput("leadership", clinic.id().toString(), "Ledersamlinger", owner, "2027-06-01")));
        assertThat(measure.dimension()).isEqualTo("leadership");
        assertThat(measure.unit()).isEqualTo(clinic.id());
        MaturityMeasure done =
                as(COORDINATOR, () -> rounds.markDone(programme.id(), round.id(), measure.id(), true, 0));
        assertThat(done.done()).isTrue();
        assertThatThrownBy(() ->
                        as(COORDINATOR, () -> rounds.markDone(programme.id(), round.id(), measure.id(), false, 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(auditLog.history("maturity-measure", measure.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
    }

    @Autowired
    no.gevinst.organisation.People people;

    private Round openRound(Programme programme, String name, String unit) {
        return openRound(programme, name, unit, 0);
    }

    /** A round sent today, closing {@code offset} days after the default so that rounds follow each other. */
    private Round openRound(Programme programme, String name, String unit, int offset) {
        LocalDate today = NorwegianTime.today();
        Round created = as(
                COORDINATOR,
                () -> rounds.create(
                        programme.id(),
                        new RoundInput(
                                name,
                                "standard",
                                today.minusDays(1).toString(),
                                today.plusDays(10 + offset).toString(),
                                List.of(unit),
                                "")));
        return as(COORDINATOR, () -> rounds.send(programme.id(), created.id(), created.version()));
    }

    private void answer(String user, Round round, Organisation unit, int score) {
        as(user, () -> rounds.answer(round.id(), scores(unit, score), -1));
    }

    private static AnswerInput scores(Organisation unit, int score) {
        Map<String, String> scores = new HashMap<>();
        MaturityTemplate.DEFAULT.statements().forEach(s -> scores.put(s, String.valueOf(score)));
        return new AnswerInput(unit == null ? "" : unit.id().toString(), scores);
    }

    private List<String> respondents(Organisation unit, int count) {
        return respondents(unit.id(), count);
    }

    private List<String> respondents(no.gevinst.shared.OrganisationId unit, int count) {
        String prefix = "moden" + suffix();
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> users.withRole(prefix + "-" + i, Role.LESER, unit))
                .toList();
    }

    private static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private static ResultRow row(Results results, Organisation unit) {
        return row(results, unit.id());
    }

    private static ResultRow row(Results results, no.gevinst.shared.OrganisationId unit) {
        return results.rows().stream()
                .filter(r -> r.unit().equals(unit))
                .findFirst()
                .orElseThrow();
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

    private static RoundInput input(String name, String unit) {
        LocalDate today = NorwegianTime.today();
        return new RoundInput(
                name,
                "standard",
                today.minusDays(1).toString(),
                today.plusDays(10).toString(),
                List.of(unit),
                "");
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return users.callAs(user, work);
    }
}
