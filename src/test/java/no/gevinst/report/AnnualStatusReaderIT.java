package no.gevinst.report;

import static no.gevinst.Printed.text;
import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The annual status names its reader from the programme's records: the co-financier when the programme records one,
 * else the owner's management or board; never Digdir by assumption.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc // the context most integration tests share: no second one started for this test
class AnnualStatusReaderIT {

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    TestUsers users;

    @BeforeEach
    void bokmal() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void goesToTheOwnerWithoutACoFinancierAndToTheCoFinancierOnceRecorded() {
        Programme programme = testProgrammes.create();
        Plan plan = users.callAs(COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan")));

        String internal = text(users.callAs(COORDINATOR, () -> documents.annualStatus(plan.id(), 2026)))
                .replaceAll("\\s+", " ");
        assertThat(internal)
                .contains("Årlig status for gevinstrealiseringen 2026 til ledelsen i Faseprøveforetaket")
                .contains("Programmet har ingen registrert medfinansiering")
                .doesNotContain("Digitaliseringsdirektoratet");
        // Neither a steering group nor a co-financier on record: the plan, too, goes to the owner.
        assertThat(text(users.callAs(COORDINATOR, () -> documents.plan(plan.id(), 1))))
                .contains("Til ledelsen i Faseprøveforetaket");

        Organisation digdir = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        .filter(o -> o.name().equals("Digitaliseringsdirektoratet"))
                        .findFirst()
                        .orElseThrow());
        ProgrammeInput unknown = coFinancedBy(programme, programme.id().toString());
        assertThatThrownBy(() ->
                        users.runAs(COORDINATOR, () -> programmes.update(programme.id(), unknown, programme.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("coFinancierOrganisationId"));
        ProgrammeInput byDigdir = coFinancedBy(programme, digdir.id().toString());
        assertThatThrownBy(() -> users.runAs(
                        COORDINATOR, () -> programmes.update(programme.id(), byDigdir, programme.version() + 1)))
                .isInstanceOf(VersionConflictException.class);
        users.runAs(COORDINATOR, () -> programmes.update(programme.id(), byDigdir, programme.version()));

        String coFinanced = text(users.callAs(COORDINATOR, () -> documents.annualStatus(plan.id(), 2026)))
                .replaceAll("\\s+", " ");
        assertThat(coFinanced)
                .contains("Årlig status for gevinstrealiseringen 2026 til Digitaliseringsdirektoratet")
                .contains("Statusdelen av den årlige rapporteringen til Digitaliseringsdirektoratet");
        assertThat(users.callAs(COORDINATOR, () -> programmes.find(programme.id()))
                        .orElseThrow()
                        .coFinancier())
                .isEqualTo(digdir.id());
    }

    /** The programme as {@link TestProgrammes} made it, co-financed by the organisation given. */
    private static ProgrammeInput coFinancedBy(Programme programme, String organisation) {
        return ProgrammeInput.builder()
                .code(programme.code())
                .name(programme.name())
                .description("")
                .ownerOrganisationId(programme.owner().toString())
                .coFinancierOrganisationId(organisation)
                .build();
    }
}
