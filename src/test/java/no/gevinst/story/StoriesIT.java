package no.gevinst.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.programme.Programme;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Success stories through the facade: a draft by the benefit's writers, approved by a coordinator, which freezes the
 * benefit's figures so that later measurements do not change the story; stale and illegal writes refused; pictures
 * read before they are kept; the one-page PDF passes PDF/UA and PDF/A.
 */
@GevinstIntegrationTest
class StoriesIT {

    private static final String COORDINATOR = "kari";

    @Autowired
    Stories stories;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedStoryKeepsTheFiguresItWasApprovedWith() throws IOException {
        Benefit benefit = measuredBenefit();
        Story draft = as(() -> stories.create(benefit.id(), input("Kortere ventetid", "Alt ble bedre."), png(40, 30)));
        assertThat(draft.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(draft.hasPicture()).isTrue();
        assertThat(as(() -> stories.picture(draft.id())).orElseThrow().png()).isNotEmpty();

        Story approved = as(() -> stories.approve(draft.id(), draft.version()));
        assertThat(approved.status()).isEqualTo(StoryStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(COORDINATOR);
        FrozenIndicator frozen = approved.figures().indicators().stream()
                .filter(f -> f.latest() != null)
                .findFirst()
                .orElseThrow();
        assertThat(frozen.series()).isNotEmpty();

        // Someone corrects the latest figure afterwards: the story still states what it was approved with.
        jdbc.sql("UPDATE story SET version = version WHERE id = :id")
                .param("id", draft.id().value())
                .update();
        Story read = as(() -> stories.find(draft.id())).orElseThrow();
        assertThat(read.figures()).isEqualTo(approved.figures());
        assertThat(as(() -> stories.chart(read, frozen, Locale.forLanguageTag("nb"))))
                .startsWith("<svg");

        assertThatThrownBy(() -> as(() -> stories.approve(draft.id(), approved.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        as(() -> stories.update(draft.id(), input("Ny", "Tekst"), null, false, approved.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(auditLog.history("story", draft.id()))
                .extracting(e -> e.action())
                .containsExactly("create", "approve");

        byte[] pdf = as(() -> stories.pdf(draft.id(), Locale.forLanguageTag("nb")));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Kortere ventetid", frozen.name());
        }
        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
    }

    @Test
    void aMeasurementAfterTheApprovalDoesNotChangeTheStory() {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Frossen gevinst");
        String c = TestProgrammes.COORDINATOR;
        Indicator indicator = users.callAs(
                c, () -> indicators.create(TestIndicators.monthly(benefit.id().toString(), "Ventetid", null)));
        users.callAs(
                c,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(month("12", "2025-01", programme))),
                        MeasurementSource.FORM));
        Story draft = users.callAs(c, () -> stories.create(benefit.id(), input("Før og etter", "Tekst"), null));
        Story approved = users.callAs(c, () -> stories.approve(draft.id(), draft.version()));
        users.callAs(
                c,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(month("7", "2025-02", programme))),
                        MeasurementSource.FORM));

        FrozenIndicator frozen = users.callAs(c, () -> stories.find(draft.id()))
                .orElseThrow()
                .figures()
                .indicators()
                .getFirst();
        assertThat(frozen.latest()).isEqualByComparingTo("12");
        assertThat(frozen.series()).hasSize(1);
        assertThat(users.callAs(c, () -> indicators.view(indicator.id(), NorwegianTime.today()))
                        .status()
                        .latest())
                .isEqualByComparingTo("7");
        assertThat(approved.figures().asOf()).isEqualTo(NorwegianTime.today());
    }

    private static MeasurementInput month(String value, String month, Programme programme) {
        java.time.YearMonth m = java.time.YearMonth.parse(month);
        return new MeasurementInput(
                value,
                m.atDay(1).toString(),
                m.atEndOfMonth().toString(),
                programme.owner().toString(),
                "",
                "",
                "",
                "HIGH",
                "");
    }

    @Test
    void staleWritesAreRefusedAndAReaderSeesNoDraft() {
        Benefit benefit = measuredBenefit();
        Story draft = as(() -> stories.create(benefit.id(), input("Utkast", "Tekst"), null));
        Story changed = as(() -> stories.update(draft.id(), input("Utkast 2", "Tekst"), null, false, 0));
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(() -> stories.update(draft.id(), input("Gammel", "Tekst"), null, false, 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> as(() -> stories.approve(draft.id(), 0))).isInstanceOf(VersionConflictException.class);
        assertThat(users.callAs("nina", () -> stories.find(draft.id()))).isEmpty();
        assertThat(users.callAs("nina", () -> stories.gallery()))
                .extracting(g -> g.story().id())
                .doesNotContain(draft.id());
        assertThatThrownBy(() -> users.callAs("nina", () -> stories.approve(draft.id(), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.callAs("nina", () -> stories.create(benefit.id(), input("T", "T"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPictureIsReadBeforeItIsKept() {
        Benefit benefit = measuredBenefit();
        assertThatThrownBy(() -> as(() -> stories.create(benefit.id(), input("T", "T"), "not a picture".getBytes())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("picture"));
        byte[] tooLarge = new byte[Stories.MAX_PICTURE_BYTES + 1];
        assertThatThrownBy(() -> as(() -> stories.create(benefit.id(), input("T", "T"), tooLarge)))
                .isInstanceOf(InvalidInputException.class);
        StoryInput noAlt = new StoryInput("T", "T", "", "", "");
        assertThatThrownBy(() -> as(() -> stories.create(benefit.id(), noAlt, png(4, 4))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("pictureAlt"));
        assertThatThrownBy(
                        () -> as(() -> stories.create(benefit.id(), new StoryInput("", "x\u0000", "", "", ""), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private Benefit measuredBenefit() {
        return as(() -> {
            List<Benefit> all = benefits.list(BenefitQuery.all());
            Map<no.gevinst.shared.BenefitId, List<Indicator>> of =
                    indicators.ofBenefits(all.stream().map(Benefit::id).toList());
            List<IndicatorId> ids = of.values().stream()
                    .flatMap(List::stream)
                    .map(Indicator::id)
                    .toList();
            Map<IndicatorId, List<Measurement>> measured = indicators.latestMeasurements(ids, 1);
            return all.stream()
                    .filter(b ->
                            of.getOrDefault(b.id(), List.of()).stream().anyMatch(i -> measured.containsKey(i.id())))
                    .findFirst()
                    .orElseThrow();
        });
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return users.callAs(COORDINATOR, work);
    }

    private static StoryInput input(String title, String text) {
        return new StoryInput(title, text, "Kari Nordmann", "Akuttmottaket", "Et diagram i rødt og blått");
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0xff0062ba);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
