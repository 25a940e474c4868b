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

/** The annual status's template lays out its model as a tagged document, without starting the application. */
class AnnualStatusTemplateTest {

    @Test
    void theAnnualStatusTemplateRendersItsModelToAConformingPdf() {
        DocumentTable figures = new DocumentTable(
                List.of("Tall", "Beløp"),
                List.of(List.of(
                        new DocumentTable.Cell("Netto", false),
                        new DocumentTable.Cell("16\u00A0813\u00A0831\u00A0kr", true))));
        DocumentTable empty = new DocumentTable(List.of("Gevinst"), List.of());
        AnnualStatusDocument.Model model = new AnnualStatusDocument.Model(
                "Årlig status 2026",
                "DBEP · Digdir",
                List.of("DBEP", "Plan", "Vedtatt versjon 1"),
                "1 av 2 gevinster realiseres.",
                figures,
                empty,
                List.of("Ingen vedtatt versjon ennå."),
                null,
                "Gevinster eid utenfor Helsedirektoratet.",
                empty,
                figures,
                "Porteføljens tall for 2026.",
                figures,
                empty);
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

        byte[] pdf = Pdf.fromXhtml(engine.process("documents/annual-status", context));

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        assertThat(PdfConformance.rawText(pdf))
                .contains("Årlig status 2026", "Ingen vedtatt versjon ennå.", "16\u00A0813\u00A0831\u00A0kr");
    }
}
