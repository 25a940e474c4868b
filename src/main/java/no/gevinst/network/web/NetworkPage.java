package no.gevinst.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gevinst.network.ChangeProcesses;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawings;
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
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The network page's model, for the page itself and for the forms that answer on it: an element or a link refused
 * comes back on the page (422) with what was typed and each error beside its field, a refused unlink with why.
 */
@Component
class NetworkPage {

    static final String VIEW = "network/page";
    static final String ELEMENT_FORM = "elementForm";
    static final String LINK_FORM = "linkForm";
    static final String UNLINK_FORM = "unlinkForm";

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
    private final List<ChangeProcesses> changeProcesses;

    NetworkPage(
            Networks networks,
            NetworkDrawings drawings,
            Programmes programmes,
            People people,
            Organisations organisations,
            MessageSource messages,
            List<ChangeProcesses> changeProcesses) {
        this.changeProcesses = changeProcesses;
        this.networks = networks;
        this.drawings = drawings;
        this.programmes = programmes;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** A broken rule with the nodes that break it, in order. */
    record RuleLine(RuleViolation.Rule rule, List<NetworkNode> nodes, String detail) {}

    /** A choice of view: its value in the form ("PARTY:id") and its name. */
    record ViewChoice(String value, String label) {}

    /**
     * Fills the model for the network page in the view asked for and answers the view's name; the forms given in the
     * model (a refused element or link, with what was typed) are kept, the missing ones filled in empty.
     */
    String show(ProgrammeId id, @Nullable String view, @Nullable String focus, Model model) {
        Programme programme = programmes.require(id);
        NetworkView shown = requestedView(view, focus, model);
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
        model.addAttribute("outline", NetworkOutline.outline(network));
        Map<String, NetworkNode> byId = NetworkOutline.byId(whole);
        model.addAttribute("byId", byId);
        model.addAttribute("paths", NetworkOutline.paths(id, whole));
        model.addAttribute(
                "rules",
                network.violations().stream()
                        .map(r -> new RuleLine(
                                r.rule(), r.nodes().stream().map(byId::get).toList(), r.detail()))
                        .toList());
        addForms(id, whole, model);
        return VIEW;
    }

    /** The view asked for; one the page cannot read is told beside the choice, and the whole network shown. */
    private static NetworkView requestedView(@Nullable String view, @Nullable String focus, Model model) {
        try {
            // The page's single choice of view comes as "PARTY:<id>"; links and the API name view and focus apart.
            boolean combined = view != null && view.contains(":") && focus == null;
            return combined
                    ? NetworkView.of(view.substring(0, view.indexOf(':')), view.substring(view.indexOf(':') + 1))
                    : NetworkView.of(view, focus);
        } catch (InvalidInputException e) {
            model.addAttribute("viewErrors", e.violations());
            return NetworkView.WHOLE;
        }
    }

    /** What the forms that add elements and links need, and whether the user may use them. */
    private void addForms(ProgrammeId id, Network whole, Model model) {
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        model.addAttribute("changeProcesses", processesOfChanges(id));
        model.addAttribute("elementKinds", ELEMENT_KINDS);
        model.addAttribute("linkKinds", NetworkLink.Kind.values());
        model.addAttribute("nodesInOrder", NetworkOutline.inOrder(whole));
        model.addAttribute("people", people.all());
        if (!model.containsAttribute(ELEMENT_FORM)) {
            model.addAttribute(ELEMENT_FORM, new ElementForm());
        }
        if (!model.containsAttribute(LINK_FORM)) {
            model.addAttribute(LINK_FORM, new LinkForm());
        }
        if (!model.containsAttribute(UNLINK_FORM)) {
            model.addAttribute(UNLINK_FORM, new UnlinkForm());
        }
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

    /** The processes the programme's changes change, as the process module tells (issue 19). */
    private List<ChangeProcesses.ProcessOfChange> processesOfChanges(ProgrammeId id) {
        return changeProcesses.stream().flatMap(c -> c.of(id).stream()).toList();
    }

    private List<ViewChoice> viewChoices(Programme programme, Network whole) {
        List<ViewChoice> choices = new ArrayList<>();
        choices.add(new ViewChoice("", word("network.view.PROGRAMME")));
        for (Organisation o : organisations.findAll(programme.organisations())) {
            choices.add(new ViewChoice("PARTY:" + o.id(), word("network.view.PARTY") + ": " + o.name()));
        }
        for (NetworkNode n : NetworkOutline.inOrder(whole)) {
            if (n.kind() == NodeKind.OBJECTIVE) {
                choices.add(new ViewChoice("OBJECTIVE:" + n.id(), word("network.view.OBJECTIVE") + ": " + n.label()));
            }
        }
        for (NetworkNode n : NetworkOutline.inOrder(whole)) {
            if (n.kind().isBenefit()) {
                choices.add(new ViewChoice("UPSTREAM:" + n.id(), word("network.view.UPSTREAM") + ": " + n.label()));
            }
        }
        return choices;
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
