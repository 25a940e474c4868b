package no.gevinst.network.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.network.ChangeProcesses;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.network.SlippageForecast;
import no.gevinst.network.web.NetworkOutline.LinkEntry;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An element's record page's model, for the page itself and for the forms that answer on it (changing or removing
 * the element, removing one of its links): a refused one comes back on the page with why.
 */
@Component
class ElementPage {

    static final String VIEW = "network/element";

    private final Networks networks;
    private final Programmes programmes;
    private final People people;
    private final List<ChangeProcesses> changeProcesses;

    ElementPage(Networks networks, Programmes programmes, People people, List<ChangeProcesses> changeProcesses) {
        this.networks = networks;
        this.programmes = programmes;
        this.people = people;
        this.changeProcesses = changeProcesses;
    }

    /** A benefit or change pushed back by this element, with the node it concerns. */
    record SlipLine(NetworkNode node, SlippageForecast forecast) {}

    /**
     * Fills the model for the element's page and answers the view's name, with the change form as given (a refused
     * one with what was typed) or as stored; a refused unlink form given in the model is kept.
     */
    String show(ProgrammeId id, ElementId element, Model model, @Nullable ElementForm form) {
        Programme programme = programmes.require(id);
        NetworkElement record = networks.element(id, element);
        Network whole = networks.of(id);
        Map<String, NetworkNode> byId = NetworkOutline.byId(whole);
        String self = element.toString();
        model.addAttribute("programme", programme);
        model.addAttribute("element", record);
        model.addAttribute("node", byId.get(self));
        model.addAttribute("incoming", links(whole, byId, NetworkLink::to, NetworkLink::from, self));
        model.addAttribute("outgoing", links(whole, byId, NetworkLink::from, NetworkLink::to, self));
        model.addAttribute(
                "slippage",
                whole.slippage().stream()
                        .filter(s -> s.cause().equals(self))
                        .map(s -> new SlipLine(byId.get(s.node()), s))
                        .toList());
        addForms(id, self, record, model, form);
        return VIEW;
    }

    /** The links with the element at one end ({@code here}), each with the node at the other ({@code there}). */
    private static List<LinkEntry> links(
            Network whole,
            Map<String, NetworkNode> byId,
            Function<NetworkLink, String> here,
            Function<NetworkLink, String> there,
            String self) {
        return whole.links().stream()
                .filter(l -> here.apply(l).equals(self))
                .map(l -> new LinkEntry(l, byId.get(there.apply(l))))
                .toList();
    }

    private void addForms(ProgrammeId id, String self, NetworkElement record, Model model, @Nullable ElementForm form) {
        model.addAttribute("canEdit", programmes.canCoordinate(id));
        model.addAttribute(
                "changeProcesses",
                changeProcesses.stream()
                        .flatMap(c -> c.of(id).stream())
                        .filter(p -> p.element().equals(self))
                        .toList());
        model.addAttribute("statuses", ElementStatus.values());
        model.addAttribute("people", people.all());
        model.addAttribute(NetworkPage.ELEMENT_FORM, form != null ? form : ElementForm.of(record));
        if (!model.containsAttribute(NetworkPage.UNLINK_FORM)) {
            model.addAttribute(NetworkPage.UNLINK_FORM, new UnlinkForm());
        }
    }
}
