package no.gevinst.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.plan.Comparison;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.plan.VersionStatus;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** DBEP's demo plan: version 1 approved by its steering group with the letter's three risks, version 2 a draft. */
@GevinstIntegrationTest
class DemoPlansIT {

    @Autowired
    Plans plans;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Test
    void dbepHasAnApprovedFirstVersionWithTheLettersRisksAndADraftSecondWithItsReason() {
        Programme dbep = users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow());
        Plan plan = users.callAs(
                "dina",
                () -> plans.ofProgramme(dbep.id()).stream()
                        .filter(Plan::isProgrammePlan)
                        .findFirst()
                        .orElseThrow());

        List<PlanVersion> versions = users.callAs("dina", () -> plans.versions(plan.id()));
        assertThat(versions).extracting(PlanVersion::number).startsWith(2, 1);
        PlanVersion draft = versions.get(0);
        PlanVersion approved = versions.get(1);
        // Loaded as a draft; the follow-up tests in the same run may have submitted it since.
        assertThat(draft.status()).isIn(VersionStatus.DRAFT, VersionStatus.SUBMITTED);
        assertThat(draft.reason()).contains("piloten");
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.approval().onBehalfOf()).isEqualTo("Styringsgruppen for DBEP");
        assertThat(approved.approval().decisionDate()).isBefore(LocalDate.now());
        assertThat(approved.approval().reference()).isNotBlank();

        PlanSnapshot first = users.callAs("dina", () -> plans.content(plan.id(), 1));
        assertThat(first.sections().background()).contains("41 735 000");
        assertThat(List.of(
                        first.sections().goalsAndProducts(),
                        first.sections().responsibilities(),
                        first.sections().measuresAndRisks(),
                        first.sections().nonPricedFollowUp(),
                        first.sections().reportingSchedule()))
                .allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(first.risks())
                .extracting(PlanSnapshot.RiskEntry::description)
                .containsExactlyInAnyOrder(
                        "Kommunene tar ikke kjernejournal i bruk raskt nok",
                        "EPJ-leverandørene integrerer API-et sent eller ulikt",
                        "Effekten av løsningen lar seg vanskelig måle og isolere");
        assertThat(first.risks())
                .allSatisfy(r -> assertThat(r.mitigation()).isNotBlank())
                .allSatisfy(r -> assertThat(r.owner()).isNotBlank());
        assertThat(first.measures())
                .hasSizeBetween(3, 5)
                .allSatisfy(m -> assertThat(m.benefits()).isNotEmpty());

        // Version 2 differs from the approved one, so the demo has a comparison to show.
        Comparison comparison = users.callAs("dina", () -> plans.compare(plan.id(), 1, 2));
        assertThat(comparison.reason()).isEqualTo(draft.reason());
        assertThat(comparison.changes())
                .extracting(Comparison.Change::field)
                .contains("plan.field.background", "plan.field.probability", "plan.field.status");
    }

    @Test
    void theApprovedVersionsFreezeTheRecordsTheDemoLoadedBeforeApprovingThem() {
        // Issue 19: the demo loads maturity, evidence, processes and configuration decisions before it approves.
        Plan dbep = users.callAs(
                "dina",
                () -> plans.ofProgramme(programme("dina", "DBEP")).stream()
                        .filter(Plan::isProgrammePlan)
                        .findFirst()
                        .orElseThrow());
        ChangeRecords dbepRecords =
                users.callAs("dina", () -> plans.documentContent(dbep.id(), 1).records());
        assertThat(dbepRecords.evidence())
                .extracting(ChangeRecords.EvidenceEntry::title)
                .contains("Randomisert kontrollert studie av digital hjemmeoppfølging (DHO)");

        Plan stOlavs = users.callAs(
                "kari",
                () -> plans.ofProgramme(programme("kari", "HP")).stream()
                        .filter(p -> p.title().equals("Gevinstrealiseringsplan St. Olavs hospital"))
                        .findFirst()
                        .orElseThrow());
        ChangeRecords hpRecords = users.callAs(
                "kari", () -> plans.documentContent(stOlavs.id(), 1).records());
        assertThat(hpRecords.maturity())
                .extracting(ChangeRecords.MaturityRound::name)
                .contains("Modenhetsvurdering før go-live 2022 (demo)");
        assertThat(hpRecords.processes())
                .extracting(ChangeRecords.ProcessEntry::name)
                .contains("Timebestilling i poliklinikken (demo)");
        assertThat(hpRecords.configuration().decisions()).hasSize(2);
    }

    private no.gevinst.shared.ProgrammeId programme(String user, String code) {
        return users.callAs(
                user,
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }
}
