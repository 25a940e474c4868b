package no.gevinst.network.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import no.gevinst.network.ElementId;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Networks;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Linking and unlinking two nodes of the network, from the link form, the drawing or an element's page. */
@Controller
class NetworkLinkController {

    private final Networks networks;
    private final NetworkPage page;
    private final ElementPage elementPage;

    NetworkLinkController(Networks networks, NetworkPage page, ElementPage elementPage) {
        this.networks = networks;
        this.page = page;
        this.elementPage = elementPage;
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

    /**
     * Removes a link, from the network page's outline or an element's page. Removed, the user goes back to where the
     * button was, told so; refused, that page is shown again as it now is with why above it, which htmx swaps in as
     * it does the page after a redirect: 422 for ends that are no ids or a link the map only shows (a benefit's
     * objectives), 409 for a link no longer there (removed since the page was read; links have no version, as they
     * are made and removed but never changed).
     */
    @PostMapping("/programmes/{id}/network/links/delete")
    String unlink(
            @PathVariable ProgrammeId id,
            @ModelAttribute(NetworkPage.UNLINK_FORM) UnlinkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the form is read, as for the other forms; a refusal goes on to the page advice.
        networks.requireMayChange(id);
        Optional<ElementId> element = form.element();
        String location = element.map(e -> "/programmes/" + id + "/network/elements/" + e)
                .orElse("/programmes/" + id + "/network#outline-heading");
        Supplier<String> refused = () -> element.isPresent()
                ? elementPage.show(id, element.get(), model, null)
                : page.show(id, null, null, model);
        try {
            // The ends are hidden fields of a button: every refusal is told for the form as a whole.
            return new FormPost(binding, redirect, response)
                    .fields(field -> null)
                    .save(
                            () -> networks.unlink(id, form.getFrom(), form.getTo()),
                            "network.saved.unlinked",
                            location,
                            null,
                            refused);
        } catch (NotFoundException e) {
            // The rights were checked above, so the programme is there: it is the link that is gone.
            binding.reject("network.unlink.gone");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return refused.get();
        }
    }
}
