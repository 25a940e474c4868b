package no.gevinst.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.shared.DrawingTemplates;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Draws benefit maps as SVG: the geometry from {@link NetworkDrawing}, the markup from the template
 * {@code network/drawing.html}, the words from the message bundles in the reader's language. Rendered by {@link DrawingTemplates}, as every drawing is, so that
 * the same drawing goes into the page, the SVG download and the documents' XHTML.
 */
@Component
public class NetworkDrawings {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public NetworkDrawings(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The network drawn with its title; each box links to the node's record in the programme. */
    public String svg(Network network, String title, ProgrammeId programme) {
        Locale locale = LocaleContextHolder.getLocale();
        return svg(
                NetworkDrawing.of(
                        network, title, programme, key -> messages.getMessage(key, null, key, locale), locale),
                locale);
    }

    public String svg(NetworkDrawing drawing, Locale locale) {
        return DrawingTemplates.svg(templates, "network/drawing", "d", drawing, locale);
    }

    /**
     * Draws a small generated map once and returns the drawing of an empty one, so that the layout code and the
     * template are loaded and compiled before the first reader asks for a large map: the first layout in a fresh JVM
     * takes about three times as long as later ones.
     */
    public String warmUp() {
        svg(generated(400), "", new ProgrammeId(new java.util.UUID(0, 0)));
        return svg(new Network(List.of(), List.of()), "", new ProgrammeId(new java.util.UUID(0, 0)));
    }

    /** A map of the size, each node but the enablers led to by the node before it and one from the group before. */
    static Network generated(int size) {
        List<NetworkNode> nodes = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        NodeKind[] kinds = {NodeKind.ENABLER, NodeKind.ENABLING_CHANGE, NodeKind.BUSINESS_CHANGE, NodeKind.BENEFIT};
        for (int i = 0; i < size; i++) {
            nodes.add(new NetworkNode("n" + i, kinds[i % kinds.length], "n" + i, null, "", null, null));
            if (i % kinds.length != 0) {
                links.add(new NetworkLink("n" + (i - 1), "n" + i, null, null, 0));
                if (i > kinds.length) {
                    links.add(new NetworkLink("n" + (i - 1 - kinds.length), "n" + i, null, null, 0));
                }
            }
        }
        return new Network(nodes, links);
    }
}
