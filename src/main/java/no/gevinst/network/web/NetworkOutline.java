package no.gevinst.network.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.shared.ProgrammeId;

/** The network's nodes as the pages list them: in order, by id, with their links and the paths to their records. */
final class NetworkOutline {

    /** A link seen from one of its ends, with the node at the other end. */
    record LinkEntry(NetworkLink link, NetworkNode other) {}

    /** A node in the outline with the links that leave it. */
    record OutlineEntry(NetworkNode node, List<LinkEntry> leadsTo) {}

    private NetworkOutline() {}

    /** The nodes layer by layer, then by name: the order of the outline and of the link form's choices. */
    static List<NetworkNode> inOrder(Network network) {
        return network.nodes().stream()
                .sorted(Comparator.comparing((NetworkNode n) -> n.kind().layer())
                        .thenComparing(NetworkNode::label))
                .toList();
    }

    static List<OutlineEntry> outline(Network network) {
        Map<String, NetworkNode> byId = byId(network);
        Map<String, List<LinkEntry>> leadsTo = new HashMap<>();
        network.links()
                .forEach(l -> leadsTo.computeIfAbsent(l.from(), k -> new ArrayList<>())
                        .add(new LinkEntry(l, byId.get(l.to()))));
        return inOrder(network).stream()
                .map(n -> new OutlineEntry(n, leadsTo.getOrDefault(n.id(), List.of())))
                .toList();
    }

    static Map<String, String> paths(ProgrammeId programme, Network network) {
        Map<String, String> paths = new HashMap<>();
        network.nodes().forEach(n -> paths.put(n.id(), NetworkDrawing.recordPath(programme, n)));
        return paths;
    }

    static Map<String, NetworkNode> byId(Network network) {
        Map<String, NetworkNode> byId = new LinkedHashMap<>();
        network.nodes().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
