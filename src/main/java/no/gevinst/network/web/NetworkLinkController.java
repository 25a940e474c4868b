package no.gevinst.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Networks;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Linking and unlinking two nodes of the network, from the link form, the drawing or an element's page. */
@Controller
class NetworkLinkController {

    private final Networks networks;
    private final NetworkPage page;

    NetworkLinkController(Networks networks, NetworkPage page) {
        this.networks = networks;
        this.page = page;
    }

    /**
     * Links two nodes, from the link form or from the drawing (which fills in and sends the same form). What came of
     * it is told beside what made it: beside the drawing when it was chosen there ({@code origin=drawing}), else beside
     * the form. Made, the redirect goes to that place's anchor, so that a page without JavaScript opens there; refused,
     * the page is shown again (422) with what was typed and the error beside its field, which htmx swaps in as it does
     * the page after a redirect.
     */
    @PostMapping("/programmes/{id}/network/links")
    String link(
            @PathVariable ProgrammeId id,
            @ModelAttribute(NetworkPage.LINK_FORM) LinkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String origin = form.fromDrawing() ? "drawing" : "form";
        // Rights before the form is read: a refused user learns nothing from what is wrong with it.
        networks.requireMayChange(id);
        String saved = FormErrors.saved(
                () -> {
                    LinkCommand input = LinkCommand.parse(form.toInput());
                    networks.link(id, input);
                    redirect.addFlashAttribute("linkOrigin", origin);
                    redirect.addFlashAttribute("linkSaved", "network.saved.link");
                    redirect.addFlashAttribute(
                            "linkMade",
                            List.of(input.from().toString(), input.to().toString()));
                    return "redirect:/programmes/" + id + "/network#"
                            + (form.fromDrawing() ? "drawing-heading" : "link-form");
                },
                binding,
                response);
        if (saved != null) {
            return saved;
        }
        model.addAttribute("linkOrigin", origin);
        model.addAttribute("linkRefused", true);
        return page.show(id, null, null, model);
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
}
