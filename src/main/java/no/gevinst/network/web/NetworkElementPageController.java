package no.gevinst.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import no.gevinst.network.ChangeProcesses;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.network.SlippageForecast;
import no.gevinst.network.web.NetworkOutline.LinkEntry;
import no.gevinst.organisation.People;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An element of the network: its record page with its links and change description, and adding, changing and removing it. */
@Controller
class NetworkElementPageController {

    private final Networks networks;
    private final Programmes programmes;
    private final People people;
    private final List<ChangeProcesses> changeProcesses;
    private final NetworkPage networkPage;

    NetworkElementPageController(
            Networks networks,
            Programmes programmes,
            People people,
            List<ChangeProcesses> changeProcesses,
            NetworkPage networkPage) {
        this.networkPage = networkPage;
        this.networks = networks;
        this.programmes = programmes;
        this.people = people;
        this.changeProcesses = changeProcesses;
    }

    /** A benefit or change pushed back by this element, with the node it concerns. */
    record SlipLine(NetworkNode node, SlippageForecast forecast) {}

    @GetMapping("/programmes/{id}/network/elements/{element}")
    String element(@PathVariable ProgrammeId id, @PathVariable ElementId element, Model model) {
        return page(id, element, model, null);
    }

    /** The element's record page, with the change form as given (a refused one with what was typed) or as stored. */
    private String page(ProgrammeId id, ElementId element, Model model, @Nullable ElementForm form) {
        Programme programme = programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
        NetworkElement record = networks.element(id, element);
        Network whole = networks.of(id);
        Map<String, NetworkNode> byId = NetworkOutline.byId(whole);
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
        model.addAttribute(NetworkPage.ELEMENT_FORM, form != null ? form : ElementForm.of(record));
        return "network/element";
    }

    /** The processes the programme's changes change, as the process module tells (issue 19). */
    private List<ChangeProcesses.ProcessOfChange> processesOfChanges(ProgrammeId id) {
        return changeProcesses.stream().flatMap(c -> c.of(id).stream()).toList();
    }

    @PostMapping("/programmes/{id}/network/elements")
    String addElement(
            @PathVariable ProgrammeId id,
            @ModelAttribute(NetworkPage.ELEMENT_FORM) ElementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the form is read: a refused user is not sent back to the form with its faults.
        networks.requireMayChange(id);
        String saved = FormErrors.saved(
                () -> {
                    networks.addElement(id, ElementCommand.parse(form.toInput()));
                    redirect.addFlashAttribute("saved", "network.saved.element");
                    return "redirect:/programmes/" + id + "/network#add-element";
                },
                binding,
                response);
        return saved != null ? saved : networkPage.show(id, null, null, model);
    }

    @PostMapping("/programmes/{id}/network/elements/{element}")
    String updateElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @ModelAttribute(NetworkPage.ELEMENT_FORM) ElementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the version and the form: a refused user is not sent back to the form with its faults.
        networks.requireMayChange(id);
        String saved = FormErrors.saved(
                () -> {
                    long expected = Versions.expected(null, form.getVersion());
                    networks.updateElement(id, element, ElementCommand.parseChange(form.toInput()), expected);
                    redirect.addFlashAttribute("saved", "network.saved.update");
                    return "redirect:/programmes/" + id + "/network/elements/" + element;
                },
                binding,
                response,
                null,
                NetworkElementPageController::editField);
        // What was typed is kept, so that it can be made again on the record as it now is.
        return saved != null ? saved : page(id, element, model, form);
    }

    /**
     * Removes the element; refused (a stale version, 409), its page again with why, so that the removal can be made
     * again on the record as it now is.
     */
    @PostMapping("/programmes/{id}/network/elements/{element}/delete")
    String removeElement(
            @PathVariable ProgrammeId id,
            @PathVariable ElementId element,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        networks.requireMayChange(id);
        try {
            networks.removeElement(id, element, Versions.expected(null, version));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("removeErrors", e.violations());
            return page(id, element, model, null);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("removeErrors", List.of(FieldViolation.of("version", "version.conflict")));
            return page(id, element, model, null);
        }
        redirect.addFlashAttribute("saved", "network.saved.removed");
        return "redirect:/programmes/" + id + "/network";
    }

    /**
     * The field of the change form a violation names; the version and the kind (fixed once made) have no field there,
     * so they go to the form's error summary.
     */
    private static @Nullable String editField(String field) {
        return "version".equals(field) || "kind".equals(field) ? null : field;
    }
}
