package no.gevinst.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.PdfConformance;
import no.gevinst.shared.DocumentTable;
import no.gevinst.shared.Pdf;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The plan's template lays out its model as a tagged document, without starting the application. */
class PlanDocumentTemplateTest {

    @Test
    void thePlanTemplateRendersItsModelToAConformingPdf() {
        DocumentTable risks = new DocumentTable(
                List.of("Risiko", "Eier"),
                List.of(List.of(
                        new DocumentTable.Cell("Leverandøren er sen", false), new DocumentTable.Cell("4", true))));
        PlanDocument.Model model = new PlanDocument.Model(
                "Gevinstrealiseringsplan",
                "Versjon 1",
                List.of("Program", "Versjon 1 – Vedtatt"),
                List.of("Bakgrunn på 41\u00A0735\u00A0000\u00A0kr."),
                List.of(),
                List.of("Mål 1"),
                List.of(),
                risks,
                List.of(new PlanDocument.ClassGroup("Prissatt", risks)),
                "Netto nåverdi: 74\u00A0331\u00A0216\u00A0kr",
                List.of(),
                risks,
                risks,
                "Konsekvens \\ Sannsynlighet",
                PlanDocument.riskMatrix(List.of()),
                List.of(),
                risks,
                "",
                risks,
                List.of(),
                "06.12.2026",
                List.of());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        Context context = new Context(Locale.forLanguageTag("nb"), Map.of("doc", model));
        context.setVariable("language", "nb");
        context.setVariable("stylesheet", no.gevinst.shared.DocumentWriter.STYLE);

        byte[] pdf = Pdf.fromXhtml(engine.process("documents/plan", context));

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf)).contains("1 Bakgrunn", "10 Indikatorene", "Leverandøren er sen");
    }
}
