package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkDrawingTest {

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
        NetworkDrawing.Layout layout = NetworkDrawing.layout(NETWORK);
        String svg = NetworkDrawing.svg(NETWORK, layout, "Gevinstkart");
        assertThat(layout.nodes()).hasSize(NETWORK.nodes().size());
        assertThat(layout.edges()).hasSize(NETWORK.links().size());
        assertThat(count(svg, "<g class=\"node")).isEqualTo(NETWORK.nodes().size());
        assertThat(count(svg, "<polyline class=\"edge\""))
                .isEqualTo(NETWORK.links().size());
        assertThat(svg).contains("+3 mnd").contains(">PE<").contains("<title id=\"network-title\">Gevinstkart</title>");
    }

    @Test
    void nodesStandInTheMethodsLayersFromLeftToRight() {
        NetworkDrawing.Layout layout = NetworkDrawing.layout(NETWORK);
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

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
