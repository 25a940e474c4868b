package no.gevinst.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evaluations through the facade: written by a programme's coordinators and benefit owners only, linked to the
 * programme's own benefits, numbers read as Norwegians type them, a confidence interval the wrong way round named by
 * its field, stale writes refused, every write audited; the register finds the benefits without evidence.
 */
@GevinstIntegrationTest
class EvidenceRegisterIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    EvidenceRegister register;

    @Autowired
    Benefits benefits;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Test
    void aCoordinatorRecordsAStudyAndTheRegisterFindsTheBenefitsWithoutOne() {
        Programme programme = testProgrammes.create();
        Benefit studied = testProgrammes.bareBenefit(programme, "Studert gevinst");
        Benefit unstudied = testProgrammes.bareBenefit(programme, "Ustudert gevinst");

        Evidence created = users.callAs(
                COORDINATOR, () -> register.create(programme.id(), input(" -1 234,5", "-2 000", "-500,25", studied)));
        assertThat(created.effectSize()).isEqualByComparingTo("-1234.5");
        assertThat(created.ciLow()).isEqualByComparingTo("-2000");
        assertThat(created.ciHigh()).isEqualByComparingTo("-500.25");
        assertThat(created.benefits()).containsExactly(studied.id());

        Evidence read = users.callAs(COORDINATOR, () -> register.find(programme.id(), created.id()))
                .orElseThrow();
        assertThat(read).isEqualTo(created);
        assertThat(users.callAs(COORDINATOR, () -> register.ofBenefit(studied)))
                .extracting(Evidence::id)
                .containsExactly(created.id());
        assertThat(users.callAs(COORDINATOR, () -> register.ofBenefit(unstudied)))
                .isEmpty();

        List<Benefit> lacking = users.callAs(
                COORDINATOR,
                () -> benefits.list(BenefitQuery.inProgramme(programme.id()).lackingEvidence()));
        assertThat(lacking).extracting(Benefit::id).containsExactly(unstudied.id());
        var page = users.callAs(
                COORDINATOR,
                () -> benefits.search(BenefitQuery.inProgramme(programme.id()).lackingEvidence()));
        assertThat(page.total()).isEqualTo(1);

        Evidence updated = users.callAs(
                COORDINATOR,
                () -> register.update(
                        programme.id(), created.id(), input("", "", "", studied, unstudied), created.version()));
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.resultPending()).isTrue();
        assertThat(users.callAs(
                        COORDINATOR,
                        () -> benefits.list(
                                BenefitQuery.inProgramme(programme.id()).lackingEvidence())))
                .isEmpty();
        assertThatThrownBy(() -> users.callAs(
                        COORDINATOR,
                        () -> register.update(
                                programme.id(), created.id(), input("", "", "", studied), created.version())))
                .isInstanceOf(VersionConflictException.class);

        assertThat(auditLog.history("evidence", created.id()))
                .extracting(e -> e.action())
                .containsExactlyInAnyOrder("create", "update");
    }

    @Test
    void badInputIsNamedByItsField() {
        Programme programme = testProgrammes.create();
        Programme other = testProgrammes.create();
        Benefit own = testProgrammes.bareBenefit(programme, "Egen gevinst");
        Benefit foreign = testProgrammes.bareBenefit(other, "Fremmed gevinst");

        assertThat(refused(programme, input("1", "3", "2", own))).contains("ciLow");
        assertThat(refused(programme, input("tolv", "", "", own))).contains("effectSize");
        assertThat(refused(programme, input("", "1", "2", own))).contains("effectSize");
        assertThat(refused(programme, input("5", "1", "2", own))).contains("effectSize");
        assertThat(refused(programme, input("", "", "", foreign))).contains("benefitIds");
        assertThat(refused(programme, input("", "", ""))).contains("benefitIds");
        EvidenceInput badChoices = EvidenceInputBuilder.evidence()
                .kind("LOTTERY")
                .periodStart("2021-05-01")
                .periodEnd("2021-01-01")
                .status("SOON")
                .sourceUrl("javascript:alert(1)")
                .benefitIds(List.of(own.id().toString()))
                .build();
        assertThat(refused(programme, badChoices)).contains("kind", "title", "periodEnd", "status", "sourceUrl");
    }

    @Test
    void benefitOwnersWriteAndReadersMayNot() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Eid gevinst");
        String owner = users.withRole(
                "evidens-eier-" + ThreadLocalRandom.current().nextInt(1_000_000), Role.GEVINSTEIER, programme.owner());
        String reader = users.withRole(
                "evidens-leser-" + ThreadLocalRandom.current().nextInt(1_000_000), Role.LESER, programme.owner());

        assertThat(users.callAs(owner, () -> register.canWrite(programme.id()))).isTrue();
        Evidence byOwner = users.callAs(owner, () -> register.create(programme.id(), input("", "", "", benefit)));
        assertThat(users.callAs(reader, () -> register.list(programme.id())))
                .extracting(Evidence::id)
                .containsExactly(byOwner.id());
        assertThat(users.callAs(reader, () -> register.canWrite(programme.id())))
                .isFalse();
        assertThatThrownBy(() ->
                        users.callAs(reader, () -> register.create(programme.id(), input("", "", "", benefit))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> refused(Programme programme, EvidenceInput input) {
        try {
            users.callAs(COORDINATOR, () -> register.create(programme.id(), input));
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("Accepted " + input);
    }

    private static EvidenceInput input(String effect, String low, String high, Benefit... linked) {
        return EvidenceInputBuilder.evidence()
                .kind("RANDOMISED_TRIAL")
                .title("Randomisert studie")
                .design("Pasienter trukket ut ved loddtrekning")
                .performedBy("Oslo universitetssykehus")
                .periodStart("2019-01-01")
                .periodEnd("2021-09-30")
                .status(effect.isBlank() ? "ONGOING" : "COMPLETED")
                .effectSize(effect)
                .effectUnit("liggedøgn per pasient")
                .ciLow(low)
                .ciHigh(high)
                .source("Rapport")
                .sourceUrl("https://example.org/rct")
                .benefitIds(java.util.Arrays.stream(linked)
                        .map(b -> b.id().toString())
                        .toList())
                .build();
    }
}
