package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestUsers;
import no.gevinst.benefit.domain.BenefitInputs;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The register against the demo dataset: Kari coordinates Helseplattformen, Ole owns some of its benefits. */
@GevinstIntegrationTest
class BenefitServiceIT {

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorRegistersABenefitWithTheProgrammesNextCode() {
        Benefit created = as("kari", () -> benefits.create(input(hp(), "Færre dobbeltregistreringer i akuttmottak")));
        assertThat(created.code()).matches("HP-\\d{3}");
        assertThat(created.status()).isEqualTo(BenefitStatus.IDENTIFIED);
        assertThat(as("kari", () -> benefits.statusHistory(created.id())))
                .singleElement()
                .satisfies(change -> assertThat(change.changedBy()).isEqualTo("kari"));
    }

    @Test
    void allocationsAboveHundredPercentAreRefusedAndNothingIsWritten() {
        Programme hp = hp();
        var organisations = hp.organisations();
        BenefitInput input = withAllocations(
                input(hp, "For mye fordelt"),
                List.of(
                        new BenefitInput.AllocationInput(organisations.get(0).toString(), "70"),
                        new BenefitInput.AllocationInput(organisations.get(1).toString(), "40")));
        long before = count();

        assertThatThrownBy(() -> as("kari", () -> benefits.create(input)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("allocations");
                            assertThat(v.messageKey()).isEqualTo("benefit.allocation.over100");
                            assertThat(v.arguments()).containsExactly("110");
                        }));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void illegalTransitionsAreRefusedWithWhatIsMissing() {
        Benefit created = as("kari", () -> benefits.create(input(hp(), "Uten eier")));
        Benefit prioritised =
                as("kari", () -> benefits.transition(created.id(), BenefitStatus.PRIORITISED, null, created.version()));

        assertThatThrownBy(() -> as(
                        "kari",
                        () -> benefits.transition(created.id(), BenefitStatus.REALISED, null, prioritised.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .containsExactly("benefit.lifecycle.illegal"));
        assertThatThrownBy(() -> as(
                        "kari",
                        () -> benefits.transition(created.id(), BenefitStatus.PLANNED, null, prioritised.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::messageKey)
                                .contains("benefit.lifecycle.needsOwner", "benefit.lifecycle.needsObjective"));
        assertThatThrownBy(() -> as(
                        "kari",
                        () -> benefits.transition(created.id(), BenefitStatus.ABANDONED, " ", prioritised.version())))
                .isInstanceOf(InvalidInputException.class);

        Benefit abandoned = as(
                "kari",
                () -> benefits.transition(
                        created.id(), BenefitStatus.ABANDONED, "Dekkes av HP-001", prioritised.version()));
        assertThat(abandoned.abandonReason()).isEqualTo("Dekkes av HP-001");
        assertThat(as("kari", () -> benefits.statusHistory(created.id())))
                .extracting(StatusChange::to)
                .containsExactly(BenefitStatus.IDENTIFIED, BenefitStatus.PRIORITISED, BenefitStatus.ABANDONED);
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        Benefit created = as("kari", () -> benefits.create(input(hp(), "Versjonert")));
        BenefitInput changed = rename(created, "Første endring");
        as("kari", () -> benefits.update(created.id(), changed, created.version()));

        assertThatThrownBy(() ->
                        as("kari", () -> benefits.update(created.id(), rename(created, "Gammel"), created.version())))
                .isInstanceOf(VersionConflictException.class);
        assertThat(as("kari", () -> benefits.find(created.id()).orElseThrow()).title())
                .isEqualTo("Første endring");
    }

    @Test
    void anOwnerEditsTheirOwnBenefitsButNoOthers() {
        Benefit own = demoBenefit("ole", "Færre pålogginger og systembytter for klinikere");
        Benefit others = demoBenefit("ole", "Redusert tid brukt på dokumentasjon per pasientkontakt");

        Benefit edited = as("ole", () -> benefits.update(own.id(), withUnits(own, "Alle klinikker"), own.version()));
        assertThat(edited.units()).isEqualTo("Alle klinikker");
        assertThat(as("ole", () -> benefits.canEdit(others))).isFalse();
        assertThatThrownBy(() ->
                        as("ole", () -> benefits.update(others.id(), withUnits(others, "Nei"), others.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ole", () -> benefits.create(input(hp(), "Eier kan ikke registrere"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReaderReadsButCannotEdit() {
        Benefit benefit = demoBenefit("nina", "Færre overliggerdøgn for utskrivningsklare pasienter");
        assertThat(as("nina", () -> benefits.canEdit(benefit))).isFalse();
        assertThatThrownBy(() ->
                        as("nina", () -> benefits.update(benefit.id(), withUnits(benefit, "Nei"), benefit.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        "nina",
                        () -> benefits.transition(benefit.id(), BenefitStatus.REALISING, null, benefit.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void usersSeeOnlyProgrammesWhereTheirOrganisationTakesPart() {
        // Trondheim kommune takes part in Helseplattformen and owns its own programme (issue 18's demo).
        assertThat(as("nina", () -> programmes.visible()))
                .extracting(Programme::code)
                .containsExactly("HP", "TKHP");
        assertThat(as("dina", () -> programmes.visible()))
                .extracting(Programme::code)
                .containsExactly("DBEP");
        RegisterPage dinasRegister = as("dina", () -> benefits.search(BenefitQuery.all()));
        assertThat(dinasRegister.benefits())
                .allSatisfy(b -> assertThat(b.code()).startsWith("DBEP-"));
        Benefit hpBenefit = demoBenefit("kari", "Færre pålogginger og systembytter for klinikere");
        assertThat(as("dina", () -> benefits.find(hpBenefit.id()))).isEmpty();
    }

    @Test
    void theRegisterFiltersByPriorityAreaAndFreeText() {
        RegisterPage medication = as(
                "kari",
                () -> benefits.search(BenefitQuery.builder()
                        .priorityArea("Legemiddelhåndtering")
                        .build()));
        assertThat(medication.benefits())
                .extracting(Benefit::title)
                .contains(
                        "Færre legemiddelfeil ved lukket legemiddelsløyfe",
                        "Redusert tid til legemiddelavstemming ved innleggelse",
                        "Redusert svinn av legemidler på sengepost");
        RegisterPage found = as(
                "kari",
                () -> benefits.search(BenefitQuery.builder().text("SEPSIS").build()));
        assertThat(found.benefits())
                .extracting(Benefit::title)
                .containsExactly("Tidligere oppdagelse av sepsis med beslutningsstøtte");
        assertThat(found.countsByStatus().get(BenefitStatus.REALISING)).isEqualTo(1);
    }

    @Test
    void theRegisterIsPaginated() {
        RegisterPage first = as("kari", () -> benefits.search(BenefitQuery.all().withPage(1, 5)));
        RegisterPage second =
                as("kari", () -> benefits.search(BenefitQuery.all().withPage(2, 5)));
        assertThat(first.benefits()).hasSize(5);
        assertThat(second.benefits()).hasSize(5).doesNotContainAnyElementsOf(first.benefits());
        assertThat(first.total()).isGreaterThanOrEqualTo(20);
        assertThat(first.pages()).isEqualTo((int) ((first.total() + 4) / 5));
    }

    private Benefit demoBenefit(String user, String title) {
        return as(
                user,
                () -> benefits.list(BenefitQuery.all()).stream()
                        .filter(b -> b.title().equals(title))
                        .findFirst()
                        .orElseThrow());
    }

    private Programme hp() {
        return as(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }

    private <T> T as(String user, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        users.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM benefit").query(Long.class).single();
    }

    static BenefitInput input(Programme programme, String title) {
        return TestBenefitInputs.bare(programme.id().toString(), title).build();
    }

    private static BenefitInput withAllocations(BenefitInput in, List<BenefitInput.AllocationInput> allocations) {
        return change(in, in.title(), in.units(), allocations);
    }

    private static BenefitInput rename(Benefit b, String title) {
        BenefitInput in = BenefitInputs.of(b);
        return change(in, title, in.units(), in.allocations());
    }

    private static BenefitInput withUnits(Benefit b, String units) {
        BenefitInput in = BenefitInputs.of(b);
        return change(in, in.title(), units, in.allocations());
    }

    private static BenefitInput change(
            BenefitInput in, String title, String units, List<BenefitInput.AllocationInput> allocations) {
        return TestBenefitInputs.from(in)
                .title(title)
                .units(units)
                .allocations(allocations)
                .build();
    }
}
