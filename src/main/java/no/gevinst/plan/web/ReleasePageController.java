package no.gevinst.plan.web;

import no.gevinst.plan.Releases;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up per release: a programme's releases and sprints, and one of them with what it delivers and touches.
 * The release is a query parameter, since its name is free text with spaces and brackets ("MVP (sprint 6)").
 */
@Controller
class ReleasePageController {

    private final Releases releases;
    private final Programmes programmes;

    ReleasePageController(Releases releases, Programmes programmes) {
        this.releases = releases;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/releases")
    String list(@PathVariable ProgrammeId id, Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("releases", releases.releases(id));
        return "plan/releases";
    }

    @GetMapping("/programmes/{id}/releases/view")
    String release(@PathVariable ProgrammeId id, @RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("programme", programme(id));
        model.addAttribute("release", releases.release(id, name));
        return "plan/release";
    }

    private Programme programme(ProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }
}
