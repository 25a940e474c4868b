package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.shared.ProgrammeId;
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
        String svg = NetworkDrawing.svg(NETWORK, layout, "Gevinstkart", ProgrammeId.newId(), key -> key);
        assertThat(layout.nodes()).hasSize(NETWORK.nodes().size());
        assertThat(layout.edges()).hasSize(NETWORK.links().size());
        assertThat(count(svg, "<g class=\"node")).isEqualTo(NETWORK.nodes().size());
        assertThat(count(svg, "<polyline class=\"edge\""))
                .isEqualTo(NETWORK.links().size());
        assertThat(svg)
                .contains("+3 network.months")
                .contains(">PE<")
                .contains("<title id=\"network-title\">Gevinstkart</title>");
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
        var x = NetworkDrawing.layout(network).nodes();
        assertThat(x.get("b2")[0]).isEqualTo(x.get("b1")[0]).isEqualTo(x.get("d")[0]);
        assertThat(x.get("o2")[0]).isEqualTo(x.get("o1")[0]);
        assertThat(x.get("e")[0]).isLessThan(x.get("c")[0]);
        assertThat(x.get("c")[0]).isLessThan(x.get("b1")[0]);
        assertThat(x.get("b1")[0]).isLessThan(x.get("o1")[0]);
        assertThat(x.get("o1")[0]).isLessThan(x.get("v")[0]);
    }

    @Test
    void boxesTellTrafficLightLatenessOwnerAndReleaseAndOpenTheirRecords() {
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
        String svg = NetworkDrawing.svg(network, NetworkDrawing.layout(network), "Kart", programme, key -> key);
        assertThat(svg)
                .contains(">ON · R2 · network.state.LATE<")
                .contains(">network.state.RED<")
                .contains("fill=\"#b3261e\"")
                .contains(">− Mer merkantilt arbeid<")
                .contains("href=\"/benefits/red\"")
                .contains("href=\"/programmes/" + programme + "/network/elements/late\"");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
