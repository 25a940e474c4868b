package no.gevinst.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawings;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NodeKind;
import no.gevinst.shared.ProgrammeId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GevinstIntegrationTest
class NetworkDocumentIT {

    @Autowired
    NetworkDocument document;

    @Autowired
    NetworkDrawings drawings;

    @Test
    void theDrawingFillsAPageSizedToItAndTheTitleIsText() throws Exception {
        List<NetworkNode> nodes = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(new NetworkNode("e" + i, NodeKind.ENABLER, "Tiltak " + i, null, "", null, null));
            nodes.add(new NetworkNode("b" + i, NodeKind.BENEFIT, "Gevinst " + i, null, "", null, null));
            links.add(new NetworkLink("e" + i, "b" + i, null, null, 0));
        }
        // One node in every column, so that the drawing is wider than the smallest page.
        nodes.add(new NetworkNode("c1", NodeKind.ENABLING_CHANGE, "Opplæring", null, "", null, null));
        nodes.add(new NetworkNode("c2", NodeKind.BUSINESS_CHANGE, "Ny arbeidsflyt", null, "", null, null));
        nodes.add(new NetworkNode("o", NodeKind.OBJECTIVE, "Mål", null, "", null, null));
        nodes.add(new NetworkNode("d", NodeKind.DRIVER, "Driver", null, "", null, null));
        Network network = new Network(nodes, links);
        String svg = drawings.svg(network, "Kart", ProgrammeId.newId());

        byte[] pdf = document.pdf("Gevinstkart – Helseplattformen", "HP", svg);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Gevinstkart – Helseplattformen");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 24);
            int right = 0;
            int bottom = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                for (int y = 0; y < page.getHeight(); y++) {
                    if ((page.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        right = Math.max(right, x);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            // Drawn at its natural size on a page made to fit it: ink reaches near the far edges.
            assertThat((double) right / page.getWidth()).isGreaterThan(0.8);
            assertThat((double) bottom / page.getHeight()).isGreaterThan(0.7);
        }
    }
}
