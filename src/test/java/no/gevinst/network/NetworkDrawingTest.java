package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import no.gevinst.ClassPathTemplates;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The benefit map's geometry ({@link NetworkDrawing}) and the SVG its template draws from it (parsed, so that it is
 * well-formed XML): where boxes stand, what they say, and where the links' labels go.
 */
class NetworkDrawingTest {

    private static final NetworkDrawings DRAWINGS = new NetworkDrawings(
            ClassPathTemplates.engine(), new org.springframework.context.support.StaticMessageSource());

    /** The bundles' keys as words, but for the month, whose length decides whether a lag label fits a gap. */
    private static final java.util.function.Function<String, String> WORDS =
            key -> key.equals("network.months") ? "mnd" : key;

    private static final Network NETWORK = new Network(
            List.of(
                    new NetworkNode(
                            "booking", NodeKind.ENABLER, "Timebok", null, "", LocalDate.parse("2025-01-01"), null),
                    new NetworkNode("sms", NodeKind.ENABLER, "SMS-varsling", null, "", null, null),
                    new NetworkNode(
                            "process", NodeKind.BUSINESS_CHANGE, "Ny timebestilling", "Per Eide", "", null, null),
                    new NetworkNode("training", NodeKind.ENABLING_CHANGE, "Opplæring", "Anne Vik", "", null, null),
                    new NetworkNode("noshows", NodeKind.BENEFIT, "Færre uteblivelser", "Per Eide", "", null, null),
                    new NetworkNode("objective6", NodeKind.OBJECTIVE, "6. Økt effektivitet", null, "", null, null)),
            List.of(
                    new NetworkLink("booking", "training", null, null, 0),
                    new NetworkLink("training", "process", null, null, 1),
                    new NetworkLink("sms", "process", null, null, 0),
                    new NetworkLink("process", "noshows", null, null, 3),
                    new NetworkLink("noshows", "objective6", null, null, 0)));

    @Test
    void theDrawingHasEveryNodeAndLinkOfTheGraph() {
        NetworkDrawing drawing = NetworkDrawing.of(NETWORK, "Gevinstkart", ProgrammeId.newId(), WORDS);
        Document svg = parse(DRAWINGS.svg(drawing, Locale.ROOT));
        assertThat(svg.getElementsByTagName("a").getLength())
                .isEqualTo(NETWORK.nodes().size());
        assertThat(svg.getElementsByTagName("polyline").getLength())
                .isEqualTo(NETWORK.links().size());
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("+1 mnd")
                .contains("+3 mnd")
                .contains("Gevinstkart");
        assertThat(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id"))
                .isEqualTo("network-title");
    }

    @Test
    void theRootNamesItsSizeAsTheDocumentsReadIt() {
        String svg = DRAWINGS.svg(NetworkDrawing.of(NETWORK, "Kart", ProgrammeId.newId(), WORDS), Locale.ROOT);
        // NetworkDocument and DocumentWriter size the printed drawing by these two attributes and the viewBox.
        assertThat(Pattern.compile(
                                "<svg [^>]*viewBox=\"0 0 [0-9.]+ [0-9.]+\"[^>]* width=\"[0-9.]+\" height=\"[0-9.]+\"")
                        .matcher(svg)
                        .find())
                .as(svg.substring(0, 400))
                .isTrue();
    }

    @Test
    void nodesStandInTheMethodsLayersFromLeftToRight() {
        NetworkLayout layout = NetworkLayout.of(NETWORK, NodeBox.WIDTH, n -> 56);
        double enabler = layout.nodes().get("booking")[0];
        double enabling = layout.nodes().get("training")[0];
        double business = layout.nodes().get("process")[0];
        double benefit = layout.nodes().get("noshows")[0];
        double objective = layout.nodes().get("objective6")[0];
        assertThat(enabler).isLessThan(enabling);
        assertThat(enabling).isLessThan(business);
        assertThat(business).isLessThan(benefit);
        assertThat(benefit).isLessThan(objective);
    }

    @Test
    void everyKindKeepsItsColumnEvenWithoutLinks() {
        Network network = new Network(
                List.of(
                        new NetworkNode("e", NodeKind.ENABLER, "Tiltak", null, "", null, null),
                        new NetworkNode("c", NodeKind.ENABLING_CHANGE, "Opplæring", null, "", null, null),
                        new NetworkNode("b1", NodeKind.BENEFIT, "Linked benefit", null, "", null, null),
                        new NetworkNode("b2", NodeKind.BENEFIT, "Lonely benefit", null, "", null, null),
                        new NetworkNode("d", NodeKind.DISBENEFIT, "Lonely dis-benefit", null, "", null, null),
                        new NetworkNode("o1", NodeKind.OBJECTIVE, "Linked objective", null, "", null, null),
                        new NetworkNode("o2", NodeKind.OBJECTIVE, "Lonely objective", null, "", null, null),
                        new NetworkNode("v", NodeKind.DRIVER, "Driver", null, "", null, null)),
                List.of(
                        new NetworkLink("e", "c", null, null, 0),
                        new NetworkLink("c", "b1", null, null, 0),
                        new NetworkLink("b1", "o1", null, null, 0)));
        var x = NetworkLayout.of(network, NodeBox.WIDTH, n -> 56).nodes();
        assertThat(x.get("b2")[0]).isEqualTo(x.get("b1")[0]).isEqualTo(x.get("d")[0]);
        assertThat(x.get("o2")[0]).isEqualTo(x.get("o1")[0]);
        assertThat(x.get("e")[0]).isLessThan(x.get("c")[0]);
        assertThat(x.get("c")[0]).isLessThan(x.get("b1")[0]);
        assertThat(x.get("b1")[0]).isLessThan(x.get("o1")[0]);
        assertThat(x.get("o1")[0]).isLessThan(x.get("v")[0]);
    }

    @Test
    void boxesTellTrafficLightLatenessOwnerByNameAndReleaseAndOpenTheirRecords() {
        ProgrammeId programme = ProgrammeId.newId();
        Network network = new Network(
                List.of(
                        new NetworkNode(
                                "late",
                                NodeKind.ENABLER,
                                "Timebok",
                                "Ola Nordmann",
                                "IN_PROGRESS",
                                LocalDate.parse("2026-01-01"),
                                LocalDate.parse("2026-04-01"),
                                "R2",
                                null),
                        new NetworkNode(
                                "red",
                                NodeKind.BENEFIT,
                                "Færre uteblivelser",
                                null,
                                "REALISING",
                                null,
                                null,
                                "",
                                "RED"),
                        new NetworkNode("worse", NodeKind.DISBENEFIT, "Mer merkantilt arbeid", null, "", null, null)),
                List.of(new NetworkLink("late", "red", null, null, 0)));
        String svg = DRAWINGS.svg(NetworkDrawing.of(network, "Kart", programme, WORDS), Locale.ROOT);
        assertThat(svg)
                .contains(">Ola Nordmann · R2 · network.state.LATE<")
                .contains(">network.state.RED<")
                .contains("fill=\"#b3261e\"")
                .contains(">− Mer merkantilt arbeid<")
                .contains("href=\"/benefits/red\"")
                .contains("href=\"/programmes/" + programme + "/network/elements/late\"")
                .contains("aria-label=\"network.kind.ENABLER: Timebok. Ola Nordmann · R2 · network.state.LATE\"");
    }

    @Test
    void aLongLabelIsWrappedInItsBoxAndGivenInFullToTheTooltipAndTheAccessibleName() {
        String label = "HP-021 Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging";
        String tooLong = label + " for alle poliklinikker i hele regionen, også de som kommer med i neste fase";
        Network network = new Network(
                List.of(
                        new NetworkNode("b", NodeKind.BENEFIT, label, "Kari Nordmann", "", null, null),
                        new NetworkNode("c", NodeKind.BENEFIT, tooLong, null, "", null, null)),
                List.of());
        NetworkDrawing drawing = NetworkDrawing.of(network, "Kart", ProgrammeId.newId(), WORDS);
        NetworkDrawing.Box box = drawing.boxes().getFirst();
        List<String> shown = box.lines().stream()
                .filter(t -> !t.detail())
                .map(NetworkDrawing.Text::text)
                .toList();
        assertThat(shown).hasSizeBetween(2, 3);
        assertThat(String.join(" ", shown)).isEqualTo(label);
        assertThat(box.lines().stream().filter(NetworkDrawing.Text::detail).map(NetworkDrawing.Text::text))
                .containsExactly("Kari Nordmann");
        assertThat(box.name()).isEqualTo("network.kind.BENEFIT: " + label + ". Kari Nordmann");
        // Every line stays inside the box: its text starts at TEXT_LEFT and is no wider than the room left.
        box.lines()
                .forEach(t -> assertThat(BoxText.width(t.text(), Double.parseDouble(t.size())))
                        .isLessThanOrEqualTo(NodeBox.TEXT_WIDTH));
        // Each line's baseline lies inside the box, the last one clear of its bottom edge.
        double bottom = Double.parseDouble(box.y()) + Double.parseDouble(box.height());
        box.lines().forEach(t -> assertThat(Double.parseDouble(t.y())).isLessThan(bottom - 4));

        NetworkDrawing.Box cut = drawing.boxes().get(1);
        assertThat(cut.lines()).hasSize(3);
        assertThat(cut.lines().getLast().text()).endsWith("…");
        assertThat(cut.name()).contains(tooLong);

        Document svg = parse(DRAWINGS.svg(drawing, Locale.ROOT));
        Element link = (Element) svg.getElementsByTagName("a").item(1);
        assertThat(link.getAttribute("aria-label")).isEqualTo("network.kind.BENEFIT: " + tooLong);
        assertThat(link.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("network.kind.BENEFIT: " + tooLong);
    }

    @Test
    void lagLabelsNeverLieUnderABoxEvenOnALargeMap() {
        Network network = large(150, 400, new Random(17));
        NetworkDrawing drawing = NetworkDrawing.of(network, "Kart", ProgrammeId.newId(), WORDS);
        long lagged = network.links().stream()
                .filter(l -> l.lagMonths() > 0 || l.share() != null)
                .count();
        assertThat(drawing.labels()).hasSize((int) lagged);
        List<double[]> boxes = new ArrayList<>();
        for (NetworkDrawing.Box b : drawing.boxes()) {
            boxes.add(rect(b.x(), b.y(), b.width(), b.height()));
        }
        for (NetworkDrawing.EdgeLabel label : drawing.labels()) {
            double[] l = rect(label.x(), label.y(), label.width(), label.height());
            for (double[] b : boxes) {
                assertThat(overlaps(l, b))
                        .as(
                                "label %s at %s,%s under the box at %s,%s",
                                label.lines().getFirst().text(), l[0], l[1], b[0], b[1])
                        .isFalse();
            }
        }
    }

    @Test
    void aLinksShareIsWrittenAsItsReaderWritesNumbers() {
        NetworkLink link = new NetworkLink("a", "b", null, new BigDecimal("12.50"), 3);
        assertThat(NetworkDrawing.linkLabel(link, "mnd", Locale.forLanguageTag("nn-NO")))
                .containsExactly("+3 mnd", "12,5 %");
        assertThat(NetworkDrawing.linkLabel(link, "months", Locale.ENGLISH)).containsExactly("+3 months", "12.5 %");
    }

    @Test
    void aLabelStandsNearTheTargetOfItsLink() {
        NetworkDrawing drawing = NetworkDrawing.of(NETWORK, "Kart", ProgrammeId.newId(), WORDS);
        NetworkDrawing.Box target = drawing.boxes().stream()
                .filter(b -> b.id().equals("noshows"))
                .findFirst()
                .orElseThrow();
        NetworkDrawing.EdgeLabel lag = drawing.labels().stream()
                .filter(l -> l.lines().getFirst().text().equals("+3 mnd"))
                .findFirst()
                .orElseThrow();
        double right = Double.parseDouble(lag.x()) + Double.parseDouble(lag.width());
        double targetLeft = Double.parseDouble(target.x());
        assertThat(right).isLessThanOrEqualTo(targetLeft).isGreaterThan(targetLeft - NetworkLayout.BETWEEN_COLUMNS);
    }

    /** A map of the size with random links from each column to the next, a lag or a share on most of them. */
    static Network large(int nodeCount, int linkCount, Random random) {
        NodeKind[] kinds = {
            NodeKind.ENABLER, NodeKind.ENABLING_CHANGE, NodeKind.BUSINESS_CHANGE, NodeKind.BENEFIT, NodeKind.OBJECTIVE
        };
        List<NetworkNode> nodes = new ArrayList<>();
        List<List<String>> byKind = new ArrayList<>();
        for (NodeKind ignored : kinds) {
            byKind.add(new ArrayList<>());
        }
        for (int i = 0; i < nodeCount; i++) {
            int k = i % kinds.length;
            String label = "Element " + i + " med et navn som er så langt at det trenger to linjer";
            nodes.add(new NetworkNode("n" + i, kinds[k], label, "Kari Nordmann", "", null, null));
            byKind.get(k).add("n" + i);
        }
        List<NetworkLink> links = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (links.size() < linkCount) {
            int k = random.nextInt(kinds.length - 1);
            String from = byKind.get(k).get(random.nextInt(byKind.get(k).size()));
            String to = byKind.get(k + 1).get(random.nextInt(byKind.get(k + 1).size()));
            if (seen.add(from + ">" + to)) {
                BigDecimal share = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(100) + 1) : null;
                links.add(new NetworkLink(from, to, null, share, random.nextInt(13)));
            }
        }
        return new Network(nodes, links);
    }

    private static double[] rect(String x, String y, String width, String height) {
        return new double[] {
            Double.parseDouble(x), Double.parseDouble(y), Double.parseDouble(width), Double.parseDouble(height)
        };
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static Document parse(String svg) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + svg, e);
        }
    }
}
