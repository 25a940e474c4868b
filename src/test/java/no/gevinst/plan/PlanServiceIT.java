package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.Documents;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ReaderFormats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Plans of the demo Helseplattformen programme: versions, approval, freezing, comparison, measures, risks, PDF. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PlanServiceIT {

    /** The demo parties of Helseplattformen by their organisation numbers. */
    private static final java.util.Map<String, String> NUMBERS = java.util.Map.of(
            "STO", "883974832", "HMR", "997005562", "HNT", "983974791", "TRD", "942110464", "HMN", "983658776");

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    Programmes programmes;

    @Autowired
    Indicators indicators;

    @Autowired
    TestUsers users;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void approvalFreezesTheContentAndTheComparisonNamesExactlyTheChangedTarget() throws Exception {
        Programme hp = hp();
        // Helse Midt-Norge's own plan: the demo's St. Olavs plan is approved already, for its handover to the line.
        Plan plan = partyPlan(hp, "HMN");
        PlanSnapshot draft = as(() -> plans.content(plan.id(), 1));
        PlanSnapshot.IndicatorEntry indicator = draft.benefits().stream()
                .flatMap(b -> b.indicators().stream())
                .filter(i -> !i.targets().isEmpty())
                .findFirst()
                .orElseThrow();
        IndicatorId id = IndicatorId.of(indicator.id());
        List<TargetPoint> original =
                as(() -> indicators.view(id, LocalDate.now()).targets());
        approve(plan, 1);
        try {
            // The target moves after approval: the approved version keeps the old one, a new draft shows the new.
            TargetPoint last = original.getLast();
            BigDecimal moved = last.value().add(BigDecimal.ONE);
            setTargets(id, original.subList(0, original.size() - 1), last.date(), moved);
            assertThat(target(as(() -> plans.content(plan.id(), 1)), indicator.id()))
                    .isEqualByComparingTo(last.value());
            as(() -> plans.newDraft(plan.id(), "Nytt mål etter ny baseline"));
            assertThat(target(as(() -> plans.content(plan.id(), 2)), indicator.id()))
                    .isEqualByComparingTo(moved);

            Comparison comparison = as(() -> plans.compare(plan.id(), 1, 2));
            assertThat(comparison.reason()).isEqualTo("Nytt mål etter ny baseline");
            assertThat(comparison.changedBy()).contains("Kari Nilsen");
            assertThat(comparison.changes())
                    .containsExactly(new Comparison.Change(
                            comparison.changes().getFirst().subject(),
                            "plan.field.target",
                            last.date().toString(),
                            last.value().stripTrailingZeros().toPlainString(),
                            moved.stripTrailingZeros().toPlainString()));

            // The page writes the target's date and values the reader's way, not as the raw 2027-12-31 and 25036425.
            Locale bokmal = Locale.forLanguageTag("nb-NO");
            String page = mvc.perform(get("/plans/" + plan.id() + "/compare")
                            .param("from", "1")
                            .param("to", "2")
                            .with(users.session("kari")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page)
                    .contains(ReaderFormats.date(last.date(), bokmal))
                    .contains(ReaderFormats.number(moved, bokmal))
                    .doesNotContain(">" + last.date() + "<");
        } finally {
            setTargets(
                    id,
                    original.subList(0, original.size() - 1),
                    original.getLast().date(),
                    original.getLast().value());
        }
    }

    @Test
    void anApprovedVersionCannotBeEditedNeitherThroughTheServiceNorInTheDatabase() {
        Plan plan = partyPlan(hp(), "HMR");
        approve(plan, 1);
        PlanVersion approved = as(() -> plans.version(plan.id(), 1));

        assertRefused(() -> plans.editSections(plan.id(), 1, PlanSections.EMPTY, approved.version()), "status");
        assertRefused(() -> plans.submit(plan.id(), 1), "status");
        assertRefused(() -> plans.approve(plan.id(), 1, decision()), "status");
        assertRefused(() -> plans.newDraft(plan.id(), " "), "reason");
        assertThatThrownBy(() -> jdbc.sql("UPDATE plan_version SET reason = 'x' WHERE plan_id = :p AND number = 1")
                        .param("p", plan.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed");

        as(() -> plans.newDraft(plan.id(), "Ny versjon"));
        assertRefused(() -> plans.newDraft(plan.id(), "Enda en"), "reason");
        approve(plan, 2);
        assertThat(as(() -> plans.versions(plan.id())))
                .extracting(PlanVersion::status)
                .containsExactly(VersionStatus.APPROVED, VersionStatus.SUPERSEDED);
    }

    @Test
    void badApprovalsMeasuresAndRisksAreNamedAndWriteNothing() {
        Plan plan = partyPlan(hp(), "HNT");
        as(() -> plans.submit(plan.id(), 1));
        assertRefused(
                () -> plans.approve(plan.id(), 1, new Plans.ApprovalInput(" ", "2999-01-01", "")),
                "onBehalfOf",
                "decisionDate",
                "reference");
        assertThat(as(() -> plans.version(plan.id(), 1)).status()).isEqualTo(VersionStatus.SUBMITTED);

        long measures = count("plan_measure");
        long risks = count("plan_risk");
        assertRefused(
                () -> plans.addMeasure(
                        plan.id(),
                        new Plans.MeasureInput("", List.of("not-a-benefit"), "nobody", "2026-02-30", "SOON", "-5")),
                "action",
                "benefitIds",
                "responsibleId",
                "deadline",
                "status",
                "cost");
        assertRefused(
                () -> plans.addRisk(plan.id(), new Plans.RiskInput("", "", "", "", "7", "x", "", "", "WORRYING")),
                "description",
                "probability",
                "impact",
                "status");
        assertThat(count("plan_measure")).isEqualTo(measures);
        assertThat(count("plan_risk")).isEqualTo(risks);

        String benefit =
                as(() -> plans.content(plan.id(), 1)).benefits().getFirst().id();
        Measure measure = as(() -> plans.addMeasure(
                plan.id(),
                new Plans.MeasureInput(
                        "Opplæring av superbrukere", List.of(benefit), "", "2027-03-01", "", "150 000")));
        Risk risk = as(() -> plans.addRisk(
                plan.id(),
                new Plans.RiskInput(
                        "Lav bruk av ny funksjon",
                        benefit,
                        "Vaner",
                        "Gevinsten uteblir",
                        "4",
                        "4",
                        "Opplæring",
                        "",
                        "")));
        assertThat(measure.cost()).isEqualByComparingTo("150000");
        assertThat(risk.score()).isEqualTo(16);
        assertThat(risk.level()).isEqualTo("HIGH");
        assertThat(as(() -> plans.content(plan.id(), 1)).measures())
                .extracting(PlanSnapshot.MeasureEntry::action)
                .containsExactly("Opplæring av superbrukere");

        Plans.MeasureInput done =
                new Plans.MeasureInput("Opplæring av superbrukere", List.of(benefit), "", "2027-03-01", "DONE", "");
        assertThat(as(() -> plans.updateMeasure(plan.id(), measure.id(), done, 0))
                        .status())
                .isEqualTo(MeasureStatus.DONE);
        // A second write based on the version read before the first is refused.
        assertThatThrownBy(() -> as(() -> plans.updateMeasure(plan.id(), measure.id(), done, 0)))
                .isInstanceOf(no.gevinst.shared.VersionConflictException.class);
    }

    @Test
    void theMeasureAndRiskFormsRefuseABlankFieldAtTheEdgeNamingEachOneInTheServicesWords() throws Exception {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        Plan plan = users.callAs(coordinator, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan")));
        long measures = count("plan_measure");
        long risks = count("plan_risk");
        mvc.perform(post("/plans/" + plan.id() + "/measures")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("action", " \t ")
                        .param("deadline", "2027-03-01")
                        .param("cost", "150 000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"action-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"150 000\"")));
        mvc.perform(post("/plans/" + plan.id() + "/risks")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("description", "")
                        .param("cause", "Vaner")
                        .param("probability", "")
                        .param("impact", "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"description-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"probability-error\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"impact-error\""))))
                .andExpect(content().string(Matchers.containsString("value=\"Vaner\"")));
        assertThat(count("plan_measure")).isEqualTo(measures);
        assertThat(count("plan_risk")).isEqualTo(risks);
    }

    @Test
    void onlyCoordinatorsEditAndOnlyTheSteeringGroupOrCoordinatorsApprove() {
        Programme hp = hp();
        Plan plan = partyPlan(hp, "TRD");
        String reader = users.withRole("leser-plan", Role.LESER, hp.owner());
        assertThat(users.callAs(reader, () -> plans.versions(plan.id()))).hasSize(1);
        // Refused for their rights, whatever version they name: a stale one does not tell them more.
        assertThatThrownBy(() -> users.runAs(reader, () -> plans.submit(plan.id(), 1, 99)))
                .isInstanceOf(AccessDeniedException.class);
        as(() -> plans.submit(plan.id(), 1, 0));
        assertThatThrownBy(() -> users.runAs(reader, () -> plans.approve(plan.id(), 1, decision(), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(reader, () -> plans.returnToDraft(plan.id(), 1, 99)))
                .isInstanceOf(AccessDeniedException.class);
        String steering = users.withRole("styring-plan", Role.STYRINGSGRUPPE, hp.owner());
        assertThat(users.callAs(reader, () -> plans.canEdit(plan.id()) || plans.canApprove(plan.id())))
                .isFalse();
        assertThat(users.callAs(steering, () -> plans.canApprove(plan.id()) && !plans.canEdit(plan.id())))
                .isTrue();
        assertThat(users.callAs(steering, () -> plans.approve(plan.id(), 1, decision(), 1))
                        .status())
                .isEqualTo(VersionStatus.APPROVED);
    }

    @Test
    void aStepNamingAStaleVersionIsRefusedAndChangesNothing() {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        Plan plan = users.callAs(coordinator, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan")));
        PlanVersion read = users.callAs(coordinator, () -> plans.version(plan.id(), 1));
        users.runAs(coordinator, () -> plans.submit(plan.id(), 1, read.version()));
        long audited = audited(plan);

        // Both the approver and the coordinator act on the draft they read before it was submitted.
        assertThatThrownBy(
                        () -> users.runAs(coordinator, () -> plans.approve(plan.id(), 1, decision(), read.version())))
                .isInstanceOf(no.gevinst.shared.VersionConflictException.class);
        assertThatThrownBy(() -> users.runAs(coordinator, () -> plans.returnToDraft(plan.id(), 1, read.version())))
                .isInstanceOf(no.gevinst.shared.VersionConflictException.class);
        assertThatThrownBy(() -> users.runAs(coordinator, () -> plans.submit(plan.id(), 1, read.version())))
                .isInstanceOf(no.gevinst.shared.VersionConflictException.class);

        PlanVersion stored = users.callAs(coordinator, () -> plans.version(plan.id(), 1));
        assertThat(stored.status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(audited(plan)).isEqualTo(audited);
        assertThat(users.callAs(coordinator, () -> plans.returnToDraft(plan.id(), 1, stored.version()))
                        .version())
                .isEqualTo(stored.version() + 1);
    }

    private long audited(Plan plan) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'plan-version' AND entity_id = :id")
                .param("id", plan.id().value().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void theProgrammePlanDocumentHasEverySectionTheNetworkAndTheCharts() throws Exception {
        Programme hp = hp();
        Plan plan = as(() -> plans.ofProgramme(hp.id()).stream()
                .filter(Plan::isProgrammePlan)
                .findFirst()
                .orElseGet(() -> plans.create(hp.id(), new Plans.PlanInput("", "Gevinstrealiseringsplan HP"))));
        int latest = as(() -> plans.versions(plan.id())).getFirst().number();
        // The document is written in the reader's language; outside a request that is the JVM's, so set it here.
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
        byte[] pdf;
        try {
            pdf = as(() -> documents.plan(plan.id(), latest));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "1 Bakgrunn",
                            "2 Mål og hovedprodukter",
                            "3 Gevinstansvarlige og ansvar",
                            "4 Gevinster etter klasse",
                            "5 Tiltak og risikoprofil",
                            "6 Oppfølging av ikke-prissatte gevinster",
                            "7 Gevinstkart",
                            "8 Måleplan",
                            "9 Rapporteringsplan",
                            "10 Indikatorene");
            // The drawings are vector graphics, not text: find their colours on the pages that carry them.
            assertThat(hasColour(page(document, "7 Gevinstkart"), 0xfff6da))
                    .as("benefit boxes of the network")
                    .isTrue();
            // The green zone of a chart: its band colour (#1a7f37) at a quarter's opacity on white.
            assertThat(hasColour(page(document, "10 Indikatorene"), 0xc6dfcd))
                    .as("the charts' target bands")
                    .isTrue();
        }
    }

    /** The page on which a heading starts, rendered. */
    private static BufferedImage page(PDDocument document, String heading) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            if (stripper.getText(document).contains(heading)) {
                return new PDFRenderer(document).renderImageWithDPI(p - 1, 72);
            }
        }
        throw new AssertionError("No page has " + heading);
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int c = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((c >> 16) - (rgb >> 16)) < 8
                        && Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 8
                        && Math.abs((c & 0xff) - (rgb & 0xff)) < 8) {
                    return true;
                }
            }
        }
        return false;
    }

    private void approve(Plan plan, int number) {
        PlanVersion submitted = as(() ->
                plans.submit(plan.id(), number, plans.version(plan.id(), number).version()));
        as(() -> plans.approve(plan.id(), number, decision(), submitted.version()));
    }

    private static Plans.ApprovalInput decision() {
        return new Plans.ApprovalInput(
                "Styringsgruppen for Helseplattformen", LocalDate.now().toString(), "SG-7/26");
    }

    private void setTargets(IndicatorId id, List<TargetPoint> kept, LocalDate date, BigDecimal value) {
        List<TargetPoint> points = new java.util.ArrayList<>();
        points.addAll(kept);
        points.add(new TargetPoint(date, value));
        as(() -> indicators.setTrajectory(id, new TrajectoryCommand(points)));
    }

    private static BigDecimal target(PlanSnapshot snapshot, String indicator) {
        return snapshot.benefits().stream()
                .flatMap(b -> b.indicators().stream())
                .filter(i -> i.id().equals(indicator))
                .findFirst()
                .orElseThrow()
                .targets()
                .getLast()
                .value();
    }

    /** A fresh plan for one party of the programme, so that each test starts from its own first draft. */
    private Plan partyPlan(Programme programme, String code) {
        OrganisationId party = programme.parties().stream()
                .map(no.gevinst.programme.Party::organisation)
                .filter(o -> jdbc.sql("SELECT organisation_number FROM organisation WHERE id = :id")
                        .param("id", o.value())
                        .query(String.class)
                        .optional()
                        .map(NUMBERS.get(code)::equals)
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        return as(() -> plans.create(programme.id(), new Plans.PlanInput(party.toString(), "Plan for " + code)));
    }

    private void assertRefused(Runnable write, String... fields) {
        assertThatThrownBy(() -> users.runAs("kari", write))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(fields);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return users.callAs("kari", work);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Programme hp() {
        return as(() -> programmes.visible().stream()
                .filter(p -> p.code().equals("HP"))
                .findFirst()
                .orElseThrow());
    }
}
