package no.gevinst.golive.web;

import java.util.List;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator page's choice of the unit at whose go-live its baseline is set; back to the page's baseline. */
@Controller
class AnchorController {

    private final GoLiveWaves waves;

    AnchorController(GoLiveWaves waves) {
        this.waves = waves;
    }

    @PostMapping("/indicators/{id}/golive-baseline")
    String choose(
            @PathVariable IndicatorId id,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version and the unit: a refused user is not told what was wrong with them.
        waves.requireAnchorEditable(id);
        try {
            waves.anchor(id, unit, version(version));
            redirect.addFlashAttribute("goliveSaved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("goliveErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("goliveErrors", List.of(FieldViolation.of("version", "version.conflict")));
        }
        return "redirect:/indicators/" + id + "#golive-baseline";
    }

    private static long version(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "version.invalid");
        }
    }
}
