package no.gevinst.network.web;

import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network page: the drawing in a pane that zooms and pans, the same network as an outline list that screen
 * readers and keyboards can follow, the rules it breaks, the forms that add elements and links, and a record page
 * per element with its change description. Its model is {@link NetworkPage}'s.
 */
@Controller
class NetworkPageController {

    private final Networks networks;
    private final NetworkPage page;

    NetworkPageController(Networks networks, NetworkPage page) {
        this.networks = networks;
        this.page = page;
    }

    @GetMapping("/programmes/{id}/network")
    String page(
            @PathVariable ProgrammeId id,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String focus,
            Model model) {
        return page.show(id, view, focus, model);
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
        return Attachments.ok(MediaType.parseMediaType(type), filename);
    }
}
