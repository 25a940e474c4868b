package no.gevinst.process.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.network.NetworkNode;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.Diagram;

/** The rows the process page shows. */
final class Rows {

    /** A change that changes the process: its id, its name on the map, and the names of the steps it changes. */
    record ChangeRow(String element, String label, List<String> steps) {}

    private Rows() {}

    static List<ChangeRow> changes(List<ChangeLink> links, Map<String, NetworkNode> nodes, List<Diagram> diagrams) {
        Map<String, String> names = new HashMap<>();
        diagrams.stream().flatMap(d -> d.steps().stream()).forEach(s -> names.putIfAbsent(s.id(), name(s)));
        return links.stream()
                .map(l -> {
                    String id = l.element().toString();
                    NetworkNode node = nodes.get(id);
                    return new ChangeRow(
                            id,
                            node == null ? id : node.label(),
                            l.steps().stream()
                                    .map(s -> names.getOrDefault(s, s))
                                    .toList());
                })
                .toList();
    }

    static String name(BpmnStep step) {
        return step.name().isEmpty() ? step.id() : step.name();
    }
}
