package no.gevinst.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.gevinst.ClassPathTemplates;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkDrawings;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NodeKind;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/**
 * Lays out and draws a generated network of 2 000 nodes and 5 000 links spread over the method's layers. Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=NetworkLayoutBenchmark}. Target: under 2 s.
 */
class NetworkLayoutBenchmark {

    private static final NetworkDrawings DRAWINGS = new NetworkDrawings(
            ClassPathTemplates.engine(), new org.springframework.context.support.StaticMessageSource());

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
        // The application warms the layout code up with a small map when it starts (DrawingWarmUp); without that the
        // first large layout in a fresh JVM takes about three times as long. The first run after the warm-up is
        // what the first reader meets, later ones what a running server does.
        long warmUpStart = System.nanoTime();
        DRAWINGS.warmUp();
        double warmUp = (System.nanoTime() - warmUpStart) / 1e9;
        double[] cold = run(network);
        double[][] warm = {run(network), run(network), run(network)};
        java.util.Arrays.sort(warm, java.util.Comparator.comparingDouble(r -> r[2]));
        double[] median = warm[1];

        System.out.printf(
                "%nNetwork layout benchmark: %,d nodes, %,d links, %d cores%n",
                nodes.size(), links.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-22s | %10s | %18s |%n", "step", "first (s)", "then, median of 3");
        System.out.printf("|%s|%s|%s|%n", "-".repeat(24), "-".repeat(12), "-".repeat(20));
        String[] steps = {"layout and geometry", "SVG from the template", "total"};
        for (int i = 0; i < steps.length; i++) {
            System.out.printf("| %-22s | %10.2f | %18.2f |%n", steps[i], cold[i], median[i]);
        }
        System.out.printf("| %-22s | %,10d | %18s |%n", "SVG size (bytes)", (long) cold[3], "");
        System.out.printf("| %-22s | %10.2f | %18s |%n", "start-up warm-up", warmUp, "(in the background)");
        System.out.println();
    }

    /** Seconds to lay out (with the boxes' text and the labels' places), to render the SVG and in total, and its length. */
    private static double[] run(Network network) {
        long start = System.nanoTime();
        NetworkDrawing drawing = NetworkDrawing.of(network, "Benchmark", ProgrammeId.newId(), key -> key);
        long laidOut = System.nanoTime();
        String svg = DRAWINGS.svg(drawing, java.util.Locale.ROOT);
        long drawn = System.nanoTime();
        return new double[] {(laidOut - start) / 1e9, (drawn - laidOut) / 1e9, (drawn - start) / 1e9, svg.length()};
    }
}
