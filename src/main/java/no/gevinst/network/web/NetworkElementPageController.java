package no.gevinst.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementId;
import no.gevinst.network.Networks;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
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
    private final ElementPage elementPage;
    private final NetworkPage networkPage;

    NetworkElementPageController(Networks networks, ElementPage elementPage, NetworkPage networkPage) {
        this.networks = networks;
        this.elementPage = elementPage;
        this.networkPage = networkPage;
    }

    @GetMapping("/programmes/{id}/network/elements/{element}")
    String element(@PathVariable ProgrammeId id, @PathVariable ElementId element, Model model) {
        return elementPage.show(id, element, model, null);
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
        return saved != null ? saved : elementPage.show(id, element, model, form);
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
            return elementPage.show(id, element, model, null);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("removeErrors", List.of(FieldViolation.of("version", "version.conflict")));
            return elementPage.show(id, element, model, null);
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
