package no.gevinst.valuation.web;

import java.math.BigDecimal;
import java.util.Map;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Uncertainty;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The valuation workbench of a programme: assumptions, each benefit's workings, the yearly table and the results. */
@Controller
class ValuationPageController {

    private final Valuations valuations;
    private final Programmes programmes;

    ValuationPageController(Valuations valuations, Programmes programmes) {
        this.valuations = valuations;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/valuation")
    String page(
            @PathVariable ProgrammeId id, @RequestParam(name = "draws", required = false) Integer draws, Model model) {
        ProgrammeValuation valuation = valuations.of(id);
        Map<String, BigDecimal> values = valuation.assumptions().likely();
        model.addAttribute("programme", programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id)));
        model.addAttribute("v", valuation);
        model.addAttribute("values", values);
        model.addAttribute("tornado", valuations.tornado(id));
        if (draws != null) {
            model.addAttribute(
                    "simulation",
                    valuations.simulate(
                            id, Uncertainty.Distribution.PERT, Math.max(100, Math.min(draws, 50_000)), 2026));
        }
        return "valuation/page";
    }
}
