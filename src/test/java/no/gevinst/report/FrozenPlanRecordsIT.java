package no.gevinst.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisionInput;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.plan.Plan;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.plan.PlanVersion;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * (issue 19) An approved plan version's document shows the configuration decisions (with the maturity, evidence and
 * processes) as they were at approval; a later change shows in the draft's document only. The version's content as
 * the API and the plan page read it is unchanged: the records are kept beside it, for the document.
 */
@GevinstIntegrationTest
class FrozenPlanRecordsIT {

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    ConfigDecisions decisions;

    @Autowired
    TestProgrammes testProgrammes;

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
    void theApprovedVersionKeepsTheDecisionAsApprovedTheDraftShowsItAsChanged() {
        Programme programme = testProgrammes.create();
        Plan plan = as(() -> plans.create(programme.id(), new Plans.PlanInput("", "Plan med konfigurasjon")));
        ConfigDecision decision =
                as(() -> decisions.create(programme.id(), input("Påminnelse på SMS to dager før timen")));
        PlanVersion submitted =
                as(() -> plans.submit(plan.id(), 1, plans.version(plan.id(), 1).version()));
        as(() -> plans.approve(
                plan.id(),
                1,
                new Plans.ApprovalInput("Styringsgruppen", NorwegianTime.today().toString(), "SG-1/26"),
                submitted.version()));

        as(() -> decisions.update(
                programme.id(), decision.id(), input("Påminnelse i Helsenorge-appen"), decision.version()));
        as(() -> plans.newDraft(plan.id(), "Ny påminnelse"));

        String approved = text(as(() -> documents.plan(plan.id(), 1)));
        String draft = text(as(() -> documents.plan(plan.id(), 2)));
        assertThat(approved)
                .contains("14 Gevinstdrevet konfigurasjon", "Påminnelse på SMS to dager før timen")
                .doesNotContain("Påminnelse i Helsenorge-appen");
        assertThat(draft).contains("Påminnelse i Helsenorge-appen").doesNotContain("Påminnelse på SMS");

        PlanSnapshot frozen = as(() -> plans.documentContent(plan.id(), 1));
        assertThat(frozen.records().configuration().decisions())
                .extracting(ChangeRecords.DecisionEntry::title)
                .containsExactly("Påminnelse på SMS to dager før timen");
        assertThat(as(() -> plans.content(plan.id(), 1)).records())
                .as("the content the API and the page read")
                .isNull();
    }

    private static ConfigDecisionInput input(String title) {
        return new ConfigDecisionInput(
                title,
                "Poliklinisk timebestilling",
                "EHR",
                "Helseplattformen (Epic)",
                "2026.2",
                "DECIDED",
                NorwegianTime.today().toString(),
                "",
                List.of());
    }

    private static String text(byte[] pdf) {
        return PdfConformance.rawText(pdf).replaceAll("\\s+", " ");
    }

    private <T> T as(Supplier<T> work) {
        return users.callAs(TestProgrammes.COORDINATOR, work);
    }
}
