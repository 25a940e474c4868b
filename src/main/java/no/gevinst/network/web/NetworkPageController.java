package no.gevinst.network.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkDrawings;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.network.NodeKind;
import no.gevinst.network.RuleViolation;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Versions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network page: the drawing in a pane that zooms and pans, the same network as an outline list that screen
 * readers and keyboards can follow, the rules it breaks, the forms that add elements and links, and a record page
 * per element with its change description.
 */
@Controller
class NetworkPageController {

    private static final List<NodeKind> ELEMENT_KINDS = List.of(
            NodeKind.ENABLER,
            NodeKind.PREREQUISITE,
            NodeKind.ENABLING_CHANGE,
            NodeKind.BUSINESS_CHANGE,
            NodeKind.DRIVER);

    private final Networks networks;
    private final Programmes programmes;
    private final People people;
    private final Organisations organisations;
    private final MessageSource messages;
    private final NetworkDrawings drawings;
    private final List<no.gevinst.network.ChangeProcesses> changeProcesses;

    NetworkPageController(
            Networks networks,
            NetworkDrawings drawings,
            Programmes programmes,
            People people,
            Organisations organisations,
            MessageSource messages,
            List<no.gevinst.network.ChangeProcesses> changeProcesses) {
        this.changeProcesses = changeProcesses;
        this.networks = networks;
        this.drawings = drawings;
        this.programmes = programmes;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** A link seen from one of its ends, with the node at the other end. */
    record LinkEntry(NetworkLink link, NetworkNode other) {}

    /** A node in the outline with the links that leave it. */
    record OutlineEntry(NetworkNode node, List<LinkEntry> leadsTo) {}

    /** A broken rule with the nodes that break it, in order. */
    record RuleLine(RuleViolation.Rule rule, List<NetworkNode> nodes, String detail) {}

    /** A choice of view: its value in the form ("PARTY:id") and its name. */
    record ViewChoice(String value, String label) {}

    @GetMapping("/programmes/{id}/network")
    String page(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus,
            Model model) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        NetworkView shown = NetworkView.WHOLE;
        try {
            // The page's single choice of view comes as "PARTY:<id>"; links and the API name view and focus apart.
            boolean combined = view != null && view.contains(":") && focus == null;
            shown = combined
                    ? NetworkView.of(view.substring(0, view.indexOf(':')), view.substring(view.indexOf(':') + 1))
                    : NetworkView.of(view, focus);
        } catch (InvalidInputException e) {
            model.addAttribute("viewErrors", e.violations());
        }
        Networks.Viewed viewed = read(id, shown, model);
        Network whole = viewed.whole();
        Network network = viewed.shown();
        if (network == whole) {
            shown = NetworkView.WHOLE;
        }
        model.addAttribute("programme", programme);
        model.addAttribute("network", network);
        model.addAttribute("view", shown);
        model.addAttribute("viewValue", shown.focus() == null ? "" : shown.kind() + ":" + shown.focus());
        model.addAttribute("viewChoices", viewChoices(programme, whole));
        // Drawn from the network already read, not read again through Networks.svg.
        model.addAttribute("drawing", drawings.svg(network, programme.name(), id));
        model.addAttribute("outline", outline(network));
        Map<String, NetworkNode> byId = byId(whole);
        model.addAttribute("byId", byId);
        model.addAttribute("paths", paths(id, whole));
        model.addAttribute(
                "rules",
                network.violations().stream()
                        .map(r -> new RuleLine(
                                r.rule(), r.nodes().stream().map(byId::get).toList(), r.detail()))
                        .toList());
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        model.addAttribute("changeProcesses", processesOfChanges(id));
        model.addAttribute("elementKinds", ELEMENT_KINDS);
        model.addAttribute("linkKinds", NetworkLink.Kind.values());
        model.addAttribute("nodesInOrder", inOrder(whole));
        model.addAttribute("people", people.all());
        return "network/page";
    }

    /** The network and its view in one reading; a focus the network does not have shows the whole network. */
    private Networks.Viewed read(ProgrammeId id, NetworkView view, Model model) {
        try {
            return networks.viewed(id, view);
        } catch (InvalidInputException e) {
            model.addAttribute("viewErrors", e.violations());
            return networks.viewed(id, NetworkView.WHOLE);
        }
    }

    /** The drawing as a file to put in a report or a slide. */
    @GetMapping(value = "/programmes/{id}/network.svg", produces = "image/svg+xml")
    ResponseEntity<String> downloadSvg(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus) {
        return download("gevinstkart.svg", "image/svg+xml").body(networks.svg(id, NetworkView.of(view, focus)));
    }

    private static ResponseEntity.BodyBuilder download(String filename, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString());
    }

    @GetMapping("/programmes/{id}/network/elements/{element}")
    String element(@PathVariable ProgrammeId id, @PathVariable ElementId element, Model model) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        NetworkElement record = networks.element(id, element);
        Network whole = networks.of(id);
        Map<String, NetworkNode> byId = byId(whole);
        String self = element.toString();
        model.addAttribute("programme", programme);
        model.addAttribute("element", record);
        model.addAttribute("node", byId.get(self));
        model.addAttribute(
                "incoming",
                whole.links().stream()
                        .filter(l -> l.to().equals(self))
                        .map(l -> new LinkEntry(l, byId.get(l.from())))
                        .toList());
        model.addAttribute(
                "outgoing",
                whole.links().stream()
                        .filter(l -> l.from().equals(self))
                        .map(l -> new LinkEntry(l, byId.get(l.to())))
                        .toList());
        model.addAttribute(
                "slippage",
                whole.slippage().stream()
                        .filter(s -> s.cause().equals(self))
                        .map(s -> new SlipLine(byId.get(s.node()), s))
                        .toList());
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        model.addAttribute(
                "changeProcesses",
                processesOfChanges(id).stream()
                        .filter(p -> p.element().equals(self))
                        .toList());
        model.addAttribute("statuses", ElementStatus.values());
        model.addAttribute("people", people.all());
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", input(record));
        }
        return "network/element";
    }

    /** The processes the programme's changes change, as the process module tells (issue 19). */
    private List<no.gevinst.network.ChangeProcesses.ProcessOfChange> processesOfChanges(ProgrammeId id) {
        return changeProcesses.stream().flatMap(c -> c.of(id).stream()).toList();
    }

    /** A benefit or change pushed back by this element, with the node it concerns. */
    record SlipLine(NetworkNode node, no.gevinst.network.SlippageForecast forecast) {}

    @PostMapping("/programmes/{id}/network/elements")
    String addElement(
            @PathVariable ProgrammeId id, @ModelAttribute Networks.ElementInput input, RedirectAttributes redirect) {
        try {
            networks.addElement(id, input);
            redirect.addFlashAttribute("saved", "network.saved.element");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("elementErrors", e.violations());
            redirect.addFlashAttribute("elementInput", input);
        }
        return "redirect:/programmes/" + id + "/network#add-element";
    }

    @PostMapping("/programmes/{id}/network/elements/{element}")
    String updateElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @ModelAttribute Networks.ElementInput input,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version and the form: a refused user is not sent back to the form with its faults.
        networks.requireMayChange(id);
        try {
            networks.updateElement(id, element, input, Versions.expected(null, version));
            redirect.addFlashAttribute("saved", "network.saved.update");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("elementErrors", e.violations());
            redirect.addFlashAttribute("input", input);
        } catch (VersionConflictException e) {
            // What was typed is kept, so that it can be made again on the record as it now is.
            redirect.addFlashAttribute("elementErrors", List.of(FieldViolation.of("version", "version.conflict")));
            redirect.addFlashAttribute("input", input);
        }
        return "redirect:/programmes/" + id + "/network/elements/" + element;
    }

    @PostMapping("/programmes/{id}/network/elements/{element}/delete")
    String removeElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        networks.requireMayChange(id);
        try {
            networks.removeElement(id, element, Versions.expected(null, version));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("elementErrors", e.violations());
            return "redirect:/programmes/" + id + "/network/elements/" + element;
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("elementErrors", List.of(FieldViolation.of("version", "version.conflict")));
            return "redirect:/programmes/" + id + "/network/elements/" + element;
        }
        redirect.addFlashAttribute("saved", "network.saved.removed");
        return "redirect:/programmes/" + id + "/network";
    }

    /**
     * Links two nodes, from the link form or from the drawing (which fills in and sends the same form). What came of
     * it is told beside what made it: beside the drawing when it was chosen there ({@code origin=drawing}), else beside
     * the form, whose anchor the redirect goes to so that a page without JavaScript opens there.
     */
    @PostMapping("/programmes/{id}/network/links")
    String link(
            @PathVariable ProgrammeId id,
            @ModelAttribute Networks.LinkInput input,
            @RequestParam(required = false) String origin,
            RedirectAttributes redirect) {
        boolean fromDrawing = "drawing".equals(origin);
        redirect.addFlashAttribute("linkOrigin", fromDrawing ? "drawing" : "form");
        try {
            networks.link(id, input);
            redirect.addFlashAttribute("linkSaved", "network.saved.link");
            redirect.addFlashAttribute("linkMade", List.of(input.from(), input.to()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("linkErrors", e.violations());
            redirect.addFlashAttribute("linkInput", input);
        }
        return "redirect:/programmes/" + id + "/network#" + (fromDrawing ? "drawing-heading" : "link-form");
    }

    @PostMapping("/programmes/{id}/network/links/delete")
    String unlink(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            networks.unlink(id, from, to);
            redirect.addFlashAttribute("saved", "network.saved.unlinked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("unlinkErrors", e.violations());
        }
        // Back to the element's page when removed there; a redirect only ever stays inside this network.
        return back != null && back.matches("[0-9a-f-]{36}")
                ? "redirect:/programmes/" + id + "/network/elements/" + back
                : "redirect:/programmes/" + id + "/network#outline-heading";
    }

    private List<ViewChoice> viewChoices(Programme programme, Network whole) {
        List<ViewChoice> choices = new ArrayList<>();
        choices.add(new ViewChoice("", word("network.view.PROGRAMME")));
        for (Organisation o : organisations.findAll(programme.organisations())) {
            choices.add(new ViewChoice("PARTY:" + o.id(), word("network.view.PARTY") + ": " + o.name()));
        }
        for (NetworkNode n : inOrder(whole)) {
            if (n.kind() == NodeKind.OBJECTIVE) {
                choices.add(new ViewChoice("OBJECTIVE:" + n.id(), word("network.view.OBJECTIVE") + ": " + n.label()));
            }
        }
        for (NetworkNode n : inOrder(whole)) {
            if (n.kind().isBenefit()) {
                choices.add(new ViewChoice("UPSTREAM:" + n.id(), word("network.view.UPSTREAM") + ": " + n.label()));
            }
        }
        return choices;
    }

    private static Networks.ElementInput input(NetworkElement e) {
        var c = e.change();
        return new Networks.ElementInput(
                e.kind().name(),
                e.label(),
                e.description(),
                e.ownerId(),
                e.release(),
                e.status().name(),
                e.plannedDate() == null ? "" : e.plannedDate().toString(),
                e.movedDate() == null ? "" : e.movedDate().toString(),
                c.today(),
                c.future(),
                c.process(),
                c.technology(),
                c.organisation(),
                c.organisationalBarriers(),
                c.financialBarriers(),
                c.barrierRemoval());
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The nodes layer by layer, then by name: the order of the outline and of the link form's choices. */
    private static List<NetworkNode> inOrder(Network network) {
        return network.nodes().stream()
                .sorted(Comparator.comparing((NetworkNode n) -> n.kind().layer())
                        .thenComparing(NetworkNode::label))
                .toList();
    }

    private static List<OutlineEntry> outline(Network network) {
        Map<String, NetworkNode> byId = byId(network);
        Map<String, List<LinkEntry>> leadsTo = new HashMap<>();
        network.links()
                .forEach(l -> leadsTo.computeIfAbsent(l.from(), k -> new ArrayList<>())
                        .add(new LinkEntry(l, byId.get(l.to()))));
        return inOrder(network).stream()
                .map(n -> new OutlineEntry(n, leadsTo.getOrDefault(n.id(), List.of())))
                .toList();
    }

    private static Map<String, String> paths(ProgrammeId programme, Network network) {
        Map<String, String> paths = new HashMap<>();
        network.nodes().forEach(n -> paths.put(n.id(), NetworkDrawing.recordPath(programme, n)));
        return paths;
    }

    private static Map<String, NetworkNode> byId(Network network) {
        Map<String, NetworkNode> byId = new LinkedHashMap<>();
        network.nodes().forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
