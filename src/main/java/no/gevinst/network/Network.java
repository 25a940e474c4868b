package no.gevinst.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benefit dependency network: its nodes and links, the rules of the method checked against them, and how a
 * moved enabler delays what depends on it.
 */
public final class Network {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
    private final List<NetworkLink> links;
    private final Map<String, List<NetworkLink>> outgoing = new HashMap<>();
    private final Map<String, List<NetworkLink>> incoming = new HashMap<>();

    public Network(List<NetworkNode> nodes, List<NetworkLink> links) {
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        this.links = List.copyOf(links);
        for (NetworkLink link : links) {
            if (!this.nodes.containsKey(link.from()) || !this.nodes.containsKey(link.to())) {
                throw new IllegalArgumentException("A link joins nodes of the network: " + link);
            }
            outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            incoming.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
    }

    public List<NetworkNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<NetworkLink> links() {
        return links;
    }

    /** Every rule the network breaks, cycles first. */
    public List<RuleViolation> violations() {
        List<RuleViolation> found = new ArrayList<>(cycles());
        for (NetworkNode node : nodes.values()) {
            if (node.kind() == NodeKind.BENEFIT && !reaches(node.id(), NodeKind.OBJECTIVE)) {
                found.add(new RuleViolation(
                        RuleViolation.Rule.BENEFIT_WITHOUT_OBJECTIVE, List.of(node.id()), node.label()));
            }
            if ((node.kind() == NodeKind.ENABLER || node.kind().isChange()) && !reaches(node.id(), NodeKind.BENEFIT)) {
                found.add(
                        new RuleViolation(RuleViolation.Rule.NOT_LEADING_TO_BENEFIT, List.of(node.id()), node.label()));
            }
            if ((node.kind().isBenefit() || node.kind().isChange())
                    && (node.owner() == null || node.owner().isBlank())) {
                found.add(new RuleViolation(RuleViolation.Rule.MISSING_OWNER, List.of(node.id()), node.label()));
            }
            BigDecimal shares = incoming.getOrDefault(node.id(), List.of()).stream()
                    .filter(l -> l.kind() == NetworkLink.Kind.LEADS_TO && l.share() != null)
                    .map(NetworkLink::share)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (shares.compareTo(HUNDRED) > 0) {
                found.add(new RuleViolation(
                        RuleViolation.Rule.SHARES_OVER_100,
                        List.of(node.id()),
                        shares.stripTrailingZeros().toPlainString()));
            }
            if (node.kind() == NodeKind.DISBENEFIT
                    && incoming.getOrDefault(node.id(), List.of()).stream()
                            .noneMatch(l -> l.kind() == NetworkLink.Kind.MITIGATES)) {
                found.add(new RuleViolation(
                        RuleViolation.Rule.DISBENEFIT_WITHOUT_MITIGATION, List.of(node.id()), node.label()));
            }
        }
        return found;
    }

    /**
     * How moved enablers push back what depends on them: a node can start no earlier than each predecessor's ready
     * date plus the link's lag, and an enabler is ready on its moved date. Only nodes pushed past their own planned
     * date are listed (nodes without a date, such as objectives, are not), each with the enabler that pushes it
     * furthest.
     */
    public List<SlippageForecast> slippage() {
        Map<String, LocalDate> ready = new HashMap<>();
        Map<String, String> cause = new HashMap<>();
        for (String id : topologicalOrder()) {
            NetworkNode node = nodes.get(id);
            LocalDate date = node.readyDate();
            String by = node.kind() == NodeKind.ENABLER && node.movedDate() != null ? id : null;
            for (NetworkLink link : incoming.getOrDefault(id, List.of())) {
                LocalDate upstream = ready.get(link.from());
                if (upstream == null || link.kind() != NetworkLink.Kind.LEADS_TO) {
                    continue;
                }
                LocalDate pushed = upstream.plusMonths(link.lagMonths());
                if (cause.get(link.from()) != null && (date == null || pushed.isAfter(date))) {
                    date = pushed;
                    by = cause.get(link.from());
                }
            }
            ready.put(id, date);
            cause.put(id, by);
        }
        List<SlippageForecast> forecasts = new ArrayList<>();
        for (NetworkNode node : nodes.values()) {
            LocalDate forecast = ready.get(node.id());
            String by = cause.get(node.id());
            if (node.kind() != NodeKind.ENABLER
                    && by != null
                    && node.plannedDate() != null
                    && forecast.isAfter(node.plannedDate())) {
                forecasts.add(new SlippageForecast(node.id(), node.plannedDate(), forecast, by));
            }
        }
        forecasts.sort(Comparator.comparing(SlippageForecast::forecast));
        return forecasts;
    }

    /** The network seen from one node: it and everything upstream of it. */
    public Network upstreamOf(String id) {
        return restrictedTo(walk(Set.of(id), incoming, NetworkLink::from));
    }

    /**
     * The network seen forward from one node: it and everything it leads to or mitigates. A release's follow-up
     * names the benefits its enablers touch this way.
     */
    public Network downstreamOf(String id) {
        return restrictedTo(walk(Set.of(id), outgoing, NetworkLink::to));
    }

    /**
     * The network around some nodes: they, everything that leads to them and everything they lead to. A party's view
     * is the map around its benefits.
     */
    public Network around(Set<String> ids) {
        Set<String> known = new HashSet<>(ids);
        known.retainAll(nodes.keySet());
        Set<String> kept = walk(known, incoming, NetworkLink::from);
        kept.addAll(walk(known, outgoing, NetworkLink::to));
        return restrictedTo(kept);
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    private static Set<String> walk(
            Set<String> start,
            Map<String, List<NetworkLink>> along,
            java.util.function.Function<NetworkLink, String> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                along.getOrDefault(id, List.of()).forEach(l -> todo.push(next.apply(l)));
            }
        }
        return seen;
    }

    private Network restrictedTo(Set<String> kept) {
        return new Network(
                nodes.values().stream().filter(n -> kept.contains(n.id())).toList(),
                links.stream()
                        .filter(l -> kept.contains(l.from()) && kept.contains(l.to()))
                        .toList());
    }

    private boolean reaches(String start, NodeKind kind) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (NetworkLink link : outgoing.getOrDefault(id, List.of())) {
                if (link.kind() == NetworkLink.Kind.LEADS_TO) {
                    if (nodes.get(link.to()).kind() == kind) {
                        return true;
                    }
                    todo.push(link.to());
                }
            }
        }
        return false;
    }

    /**
     * The cycles alone: what a new link is checked against, without walking the whole map for the other rules. Each
     * cycle is found once, by a depth-first search that notes the nodes on the current path.
     */
    public List<RuleViolation> cycles() {
        List<RuleViolation> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        Deque<String> path = new ArrayDeque<>();
        for (String id : nodes.keySet()) {
            if (!state.containsKey(id)) {
                visit(id, state, path, found);
            }
        }
        return found;
    }

    private void visit(String id, Map<String, Integer> state, Deque<String> path, List<RuleViolation> found) {
        state.put(id, 1);
        path.addLast(id);
        for (NetworkLink link : outgoing.getOrDefault(id, List.of())) {
            Integer s = state.get(link.to());
            if (s == null) {
                visit(link.to(), state, path, found);
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String p : path) {
                    in = in || p.equals(link.to());
                    if (in) {
                        cycle.add(p);
                    }
                }
                found.add(new RuleViolation(
                        RuleViolation.Rule.CYCLE, cycle, String.join(" → ", cycle) + " → " + link.to()));
            }
        }
        path.removeLast();
        state.put(id, 2);
    }

    /** The nodes so that every link goes forward; nodes on a cycle come last, in no particular order. */
    private List<String> topologicalOrder() {
        Map<String, Integer> inDegree = new HashMap<>();
        nodes.keySet().forEach(id -> inDegree.put(id, 0));
        links.forEach(l -> inDegree.merge(l.to(), 1, Integer::sum));
        Deque<String> ready = new ArrayDeque<>();
        inDegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (NetworkLink link : outgoing.getOrDefault(id, List.of())) {
                if (inDegree.merge(link.to(), -1, Integer::sum) == 0) {
                    ready.add(link.to());
                }
            }
        }
        nodes.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        return order;
    }
}
