package no.gevinst.shared;

import static org.assertj.core.api.Assertions.assertThat;

import no.gevinst.PdfConformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfTest {

    private static final String DOCUMENT = """
            <!DOCTYPE html><html lang="nb"><head><meta charset="UTF-8"/><title>Prøve – årsrapport</title><meta name="subject" content="En prøve"/>
            <style>%s</style></head><body>
            <h1>Prøve – årsrapport</h1>
            <p>Blåbærsyltetøy på Ørland: −1\u202F250\u202F000\u00A0kr, 15,9 %%, Čáhcesuolu.</p>
            <h2>1 Tabell</h2>
            <table><thead><tr><th scope="col">Gevinst</th><th scope="col">Beløp</th></tr></thead>
            <tbody><tr><td>G1 Færre liggedøgn</td><td class="num">16\u202F813\u202F831\u00A0kr</td></tr></tbody></table>
            <div class="drawing"><svg alt="Et kart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Et kart" viewBox="0 0 200 80" width="200" height="80">
            <title>Et kart</title><rect x="1" y="1" width="198" height="78" fill="#dcefdc"/><text x="10" y="40" font-family="Inter" font-size="12">Gevinst ÆØÅ</text></svg></div>
            </body></html>
            """.formatted(DocumentWriter.STYLE);

    @Test
    void aDocumentIsPdfUaAndPdfAWithInterEmbedded() throws Exception {
        byte[] pdf = Pdf.fromXhtml(DOCUMENT);

        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("Inter");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
        assertThat(PdfConformance.rawText(pdf))
                .contains("−1\u202F250\u202F000\u00A0kr", "Blåbærsyltetøy", "Čáhcesuolu");
    }
}
