package no.gevinst.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Lays out and draws a generated network of 2 000 nodes and 5 000 links spread over the method's layers. Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=NetworkLayoutBenchmark}. Target: under 2 s.
 */
class NetworkLayoutBenchmark {

    @Test
    void twoThousandNodesAndFiveThousandLinks() {
        NodeKind[] kinds = {
            NodeKind.ENABLER, NodeKind.ENABLING_CHANGE, NodeKind.BUSINESS_CHANGE, NodeKind.BENEFIT, NodeKind.OBJECTIVE
        };
        int[] perKind = {500, 400, 500, 500, 100};
        List<NetworkNode> nodes = new ArrayList<>();
        List<List<String>> byLayer = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < perKind[k]; i++) {
                String id = kinds[k].name() + "-" + i;
                nodes.add(new NetworkNode(id, kinds[k], "Node " + id, "Kari Nilsen", "", null, null));
                ids.add(id);
            }
            byLayer.add(ids);
        }
        SplittableRandom random = new SplittableRandom(2026);
        List<NetworkLink> links = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (links.size() < 5_000) {
            int layer = random.nextInt(kinds.length - 1);
            String from =
                    byLayer.get(layer).get(random.nextInt(byLayer.get(layer).size()));
            String to = byLayer.get(layer + 1)
                    .get(random.nextInt(byLayer.get(layer + 1).size()));
            if (seen.add(from + ">" + to)) {
                links.add(new NetworkLink(from, to, null, null, random.nextInt(4)));
            }
        }
        Network network = new Network(nodes, links);
        NetworkDrawing.svg(
                new Network(nodes.subList(0, 50), List.of()),
                NetworkDrawing.layout(new Network(nodes.subList(0, 50), List.of())),
                "warm-up");

        long start = System.nanoTime();
        NetworkDrawing.Layout layout = NetworkDrawing.layout(network);
        long laidOut = System.nanoTime();
        String svg = NetworkDrawing.svg(network, layout, "Benchmark");
        long drawn = System.nanoTime();

        System.out.printf(
                "%nNetwork layout benchmark: %,d nodes, %,d links, %d cores%n",
                nodes.size(), links.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-22s | %10s |%n", "step", "seconds");
        System.out.printf("|%s|%s|%n", "-".repeat(24), "-".repeat(12));
        System.out.printf("| %-22s | %10.2f |%n", "ELK layered layout", (laidOut - start) / 1e9);
        System.out.printf("| %-22s | %10.2f |%n", "SVG drawing", (drawn - laidOut) / 1e9);
        System.out.printf("| %-22s | %10.2f |%n", "total", (drawn - start) / 1e9);
        System.out.printf("| %-22s | %,10d |%n", "SVG size (bytes)", svg.length());
        System.out.println();
    }
}
