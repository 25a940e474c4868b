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
import no.gevinst.network.Networks;
import no.gevinst.network.NodeKind;
import no.gevinst.network.RuleViolation;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network page: the drawing in a scrollable pane, the same network as an outline list that screen readers and
 * keyboards can follow, the rules it breaks, and the forms that add elements and links.
 */
@Controller
class NetworkPageController {

    private final Networks networks;
    private final Programmes programmes;
    private final People people;

    NetworkPageController(Networks networks, Programmes programmes, People people) {
        this.networks = networks;
        this.programmes = programmes;
        this.people = people;
    }

    /** A node in the outline with the nodes it leads to. */
    record OutlineEntry(NetworkNode node, List<NetworkNode> leadsTo) {}

    /** A broken rule with the labels of the nodes that break it, in order. */
    record RuleLine(RuleViolation.Rule rule, String nodes) {}

    @GetMapping("/programmes/{id}/network")
    String page(@PathVariable ProgrammeId id, Model model) {
        Network network = networks.of(id);
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        model.addAttribute("programme", programme);
        model.addAttribute("network", network);
        // Drawn from the network already read, not read again through Networks.svg.
        model.addAttribute("drawing", NetworkDrawing.svg(network, NetworkDrawing.layout(network), programme.name()));
        model.addAttribute("outline", outline(network));
        Map<String, String> labels = labels(network);
        model.addAttribute("labels", labels);
        model.addAttribute(
                "rules",
                network.violations().stream()
                        .map(r -> new RuleLine(
                                r.rule(),
                                String.join(
                                        " → ",
                                        r.nodes().stream()
                                                .map(n -> labels.getOrDefault(n, n))
                                                .toList())))
                        .toList());
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        model.addAttribute(
                "elementKinds",
                List.of(
                        NodeKind.ENABLER,
                        NodeKind.PREREQUISITE,
                        NodeKind.ENABLING_CHANGE,
                        NodeKind.BUSINESS_CHANGE,
                        NodeKind.DRIVER));
        model.addAttribute("linkKinds", NetworkLink.Kind.values());
        model.addAttribute("nodesInOrder", inOrder(network));
        model.addAttribute("people", people.all());
        return "network/page";
    }

    /** The drawing as a file to put in a report or a slide. */
    @GetMapping(value = "/programmes/{id}/network.svg", produces = "image/svg+xml")
    ResponseEntity<String> download(@PathVariable ProgrammeId id) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("gevinstkart.svg")
                                .build()
                                .toString())
                .body(networks.svg(id));
    }

    @PostMapping("/programmes/{id}/network/elements")
    String addElement(
            @PathVariable ProgrammeId id, @ModelAttribute Networks.ElementInput input, RedirectAttributes redirect) {
        try {
            networks.addElement(id, input);
            redirect.addFlashAttribute("saved", "network.saved.element");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("elementErrors", e.violations());
        }
        return "redirect:/programmes/" + id + "/network#add-element";
    }

    @PostMapping("/programmes/{id}/network/links")
    String link(@PathVariable ProgrammeId id, @ModelAttribute Networks.LinkInput input, RedirectAttributes redirect) {
        try {
            networks.link(id, input);
            redirect.addFlashAttribute("saved", "network.saved.link");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("linkErrors", e.violations());
        }
        return "redirect:/programmes/" + id + "/network#add-link";
    }

    /** The nodes layer by layer, then by name: the order of the outline and of the link form's choices. */
    private static List<NetworkNode> inOrder(Network network) {
        return network.nodes().stream()
                .sorted(Comparator.comparing((NetworkNode n) -> n.kind().layer())
                        .thenComparing(NetworkNode::label))
                .toList();
    }

    private static List<OutlineEntry> outline(Network network) {
        Map<String, NetworkNode> byId = new LinkedHashMap<>();
        network.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, List<NetworkNode>> leadsTo = new HashMap<>();
        network.links()
                .forEach(l -> leadsTo.computeIfAbsent(l.from(), k -> new ArrayList<>())
                        .add(byId.get(l.to())));
        return inOrder(network).stream()
                .map(n -> new OutlineEntry(n, leadsTo.getOrDefault(n.id(), List.of())))
                .toList();
    }

    private static Map<String, String> labels(Network network) {
        Map<String, String> labels = new LinkedHashMap<>();
        network.nodes().forEach(n -> labels.put(n.id(), n.label()));
        return labels;
    }
}
