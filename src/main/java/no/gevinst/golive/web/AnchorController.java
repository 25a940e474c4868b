package no.gevinst.golive.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.golive.GoLiveWaves;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The indicator page's choice of the unit at whose go-live its baseline is set. Saved, back to the indicator page
 * with the confirmation (through {@code HX-Redirect} for htmx: the baseline's period and the chart move with it).
 * Refused, the form again with the choice sent and the error beside it (422), or told the choice changed since it was
 * read (409): as the page's fragment for htmx, which swaps it in place, and on a page of its own without a script.
 *
 * <p>The indicator page belongs to the indicator module, which knows nothing of this one (it only includes the
 * fragment): answering with the fragment keeps it so, where showing the whole page again would need a facade in the
 * indicator module that draws its page for another module.
 */
@Controller
class AnchorController {

    private final GoLiveWaves waves;
    private final GoLiveModel goLiveModel;
    private final Indicators indicators;
    private final Benefits benefits;

    AnchorController(GoLiveWaves waves, GoLiveModel goLiveModel, Indicators indicators, Benefits benefits) {
        this.waves = waves;
        this.goLiveModel = goLiveModel;
        this.indicators = indicators;
        this.benefits = benefits;
    }

    @PostMapping("/indicators/{id}/golive-baseline")
    ModelAndView choose(
            @PathVariable IndicatorId id,
            @ModelAttribute(AnchorForm.NAME) AnchorForm form,
            BindingResult binding,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Rights before the version and the unit: a refused user is not told what was wrong with them.
        waves.requireAnchorEditable(id);
        String saved = FormErrors.saved(
                () -> {
                    long version = Objects.requireNonNullElse(Versions.fromForm(form.getVersion(), false), 0L);
                    waves.anchor(id, form.getUnit(), version);
                    redirect.addFlashAttribute("goliveSaved", true);
                    return "/indicators/" + id + "#golive-baseline";
                },
                binding,
                response,
                null,
                field -> "unit".equals(field) ? field : null);
        if (saved != null) {
            // htmx is told to load the page (HX-Redirect) rather than given it to swap into the form's place.
            return new ModelAndView(htmx.isHtmxRequest() ? new HtmxRedirectView(saved) : new RedirectView(saved, true));
        }
        IndicatorView view = indicators.view(id, NorwegianTime.today());
        Benefit benefit = benefits.find(view.indicator().benefit()).orElseThrow();
        model.addAttribute(GoLiveModel.ANCHOR, goLiveModel.anchor(view, benefit.programme()));
        model.addAttribute("view", view);
        model.addAttribute("benefit", benefit);
        return new ModelAndView(htmx.isHtmxRequest() ? "golive/fragments :: anchorAnswer" : "golive/anchor");
    }
}
