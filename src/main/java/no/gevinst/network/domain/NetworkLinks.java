package no.gevinst.network.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.NodeKind;
import no.gevinst.shared.Ids;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** The links the programme's coordinators draw between nodes, refused when they break a rule that cannot wait. */
@Component
class NetworkLinks {

    private final NetworkRepository repository;
    private final NetworkRights rights;
    private final NetworkAssembly assembly;
    private final AuditLog auditLog;

    NetworkLinks(NetworkRepository repository, NetworkRights rights, NetworkAssembly assembly, AuditLog auditLog) {
        this.repository = repository;
        this.rights = rights;
        this.assembly = assembly;
        this.auditLog = auditLog;
    }

    NetworkLink link(ProgrammeId programme, LinkCommand in) {
        rights.requireCoordinator(programme);
        repository.lockLinks(programme);
        Network network = whole(programme);
        Map<String, NetworkNode> nodes = new HashMap<>();
        network.nodes().forEach(n -> nodes.put(n.id(), n));
        Violations v = new Violations();
        NetworkNode from = nodes.get(in.from().toString());
        NetworkNode to = nodes.get(in.to().toString());
        if (from == null) {
            v.add("from", "network.link.unknownNode");
        }
        if (to == null) {
            v.add("to", "network.link.unknownNode");
        }
        v.throwIfAny();
        checkEnds(from, to, in.kind(), network, v);
        NetworkLink link = new NetworkLink(from.id(), to.id(), in.kind(), in.share(), in.lagMonths());
        checkNoCycle(network, link, v);
        repository.insert(programme, link);
        auditLog.record(AuditScope.of(programme), "network-link", programme, "create", null, link);
        return link;
    }

    void unlink(ProgrammeId programme, String from, String to) {
        rights.requireCoordinator(programme);
        Violations v = new Violations();
        UUID fromId = Ids.parse(from, u -> u).orElse(null);
        UUID toId = Ids.parse(to, u -> u).orElse(null);
        if (fromId == null) {
            v.add("from", "network.link.unknownNode");
        }
        if (toId == null) {
            v.add("to", "network.link.unknownNode");
        }
        v.throwIfAny();
        if (!repository.deleteLink(programme, fromId, toId)) {
            boolean inRegister = whole(programme).links().stream()
                    .anyMatch(l -> l.from().equals(fromId.toString()) && l.to().equals(toId.toString()));
            if (inRegister) {
                // A benefit's objectives are part of its profile; the map only shows them.
                v.add("to", "network.link.inRegister").throwIfAny();
            }
            throw new NotFoundException("network link", from + " → " + to);
        }
        auditLog.record(
                AuditScope.of(programme),
                "network-link",
                programme,
                "delete",
                new NetworkLink(from, to, null, null, 0),
                null);
    }

    private Network whole(ProgrammeId programme) {
        return assembly.viewed(programme, NetworkView.WHOLE).shown();
    }

    /** Rules a single link must keep at once; the others (owners, objectives) may wait while the map is drawn. */
    private static void checkEnds(
            NetworkNode from, NetworkNode to, NetworkLink.Kind kind, Network network, Violations v) {
        if (from.id().equals(to.id())) {
            v.add("to", "network.link.self");
        }
        if (network.links().stream().anyMatch(l -> l.from().equals(from.id()) && l.to().equals(to.id()))) {
            v.add("to", "network.link.duplicate");
        }
        if (kind == NetworkLink.Kind.MITIGATES && to.kind() != NodeKind.DISBENEFIT) {
            v.add("to", "network.link.mitigatesDisbenefit");
        }
        if (from.kind().isBenefit() && to.kind() == NodeKind.OBJECTIVE) {
            // A benefit's objectives are part of its profile; the map shows them, and one place keeps them.
            v.add("to", "network.link.objectiveOnProfile");
        }
        if (kind == NetworkLink.Kind.LEADS_TO && to.kind().layer() < from.kind().layer()) {
            v.add("to", "network.link.backwards");
        }
        v.throwIfAny();
    }

    private static void checkNoCycle(Network network, NetworkLink link, Violations v) {
        List<NetworkLink> after = new ArrayList<>(network.links());
        after.add(link);
        if (!new Network(network.nodes(), after).cycles().isEmpty()) {
            v.add("to", "network.link.cycle");
        }
        v.throwIfAny();
    }
}
