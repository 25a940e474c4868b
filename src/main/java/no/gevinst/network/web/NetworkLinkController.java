package no.gevinst.network.web;

import java.util.List;
import no.gevinst.network.Networks;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Linking and unlinking two nodes of the network, from the link form, the drawing or an element's page. */
@Controller
class NetworkLinkController {

    private final Networks networks;

    NetworkLinkController(Networks networks) {
        this.networks = networks;
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
}
