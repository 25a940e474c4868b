package no.gevinst.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.IndicatorFields;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator page's forms: a measurement, the baseline, the trajectory and the correction of a measurement.
 * Saved, back to the page with the confirmation; refused, the page itself with what was typed and the error beside
 * its field (422), or told that the record changed since it was read (409). Rights are asked before the form is read
 * (a refused user learns nothing from what is wrong with it) and left to the error pages.
 */
@Controller
class IndicatorFormsController {

    private final Indicators indicators;
    private final IndicatorPage page;

    IndicatorFormsController(Indicators indicators, IndicatorPage page) {
        this.indicators = indicators;
        this.page = page;
    }

    /** What a form's request brings: the model to show the page again in, the redirect, the status, the language. */
    private record Answer(
            Model model,
            BindingResult binding,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {}

    @PostMapping("/indicators/{id}/measurements")
    String record(
            @PathVariable IndicatorId id,
            @ModelAttribute(IndicatorPage.MEASUREMENT_FORM) MeasurementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        indicators.requireMayRecord(id);
        Answer answer = new Answer(model, binding, redirect, response, locale);
        return answer(id, answer, MeasurementForm::formField, () -> {
            RecordResult result = indicators.record(id, List.of(form.command()), MeasurementSource.FORM);
            redirect.addFlashAttribute(
                    "recorded", result.added() > 0 ? "measurement.recorded" : "measurement.unchanged");
            return "redirect:/indicators/" + id + "#record";
        });
    }

    @PostMapping("/indicators/{id}/baseline")
    String baseline(
            @PathVariable IndicatorId id,
            @ModelAttribute(IndicatorPage.BASELINE_FORM) BaselineForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        indicators.requireEditable(id);
        Answer answer = new Answer(model, binding, redirect, response, locale);
        return answer(id, answer, BaselineForm::formField, () -> {
            Long expected = form.expectedVersion();
            indicators.setBaseline(id, BaselineCommand.parse(form.toInput()), expected);
            redirect.addFlashAttribute("saved", "baseline");
            return "redirect:/indicators/" + id + "#baseline";
        });
    }

    @PostMapping("/indicators/{id}/trajectory")
    String trajectory(
            @PathVariable IndicatorId id,
            @ModelAttribute(IndicatorPage.TRAJECTORY_FORM) TrajectoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        indicators.requireEditable(id);
        Answer answer = new Answer(model, binding, redirect, response, locale);
        return answer(id, answer, TrajectoryForm::formField, () -> {
            long expected = form.expectedVersion();
            indicators.setTrajectory(id, form.command(), expected);
            redirect.addFlashAttribute("saved", "trajectory");
            return "redirect:/indicators/" + id + "#trajectory";
        });
    }

    @PostMapping("/measurements/{id}/correction")
    String correct(
            @PathVariable MeasurementId id,
            @ModelAttribute(IndicatorPage.CORRECTION_FORM) CorrectionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        // Back to the measurement's own indicator, whatever the form said it was.
        IndicatorId indicator = indicators.requireMayCorrect(id);
        form.setMeasurement(id.toString());
        Answer answer = new Answer(model, binding, redirect, response, locale);
        return answer(indicator, answer, CorrectionForm::formField, () -> {
            indicators.correct(id, IndicatorFields.correctedValue(form.getValue(), form.getReason()), form.getReason());
            redirect.addFlashAttribute("recorded", "measurement.corrected");
            return "redirect:/indicators/" + indicator + "#measurements";
        });
    }

    /** Writes and answers the redirect; refused, the indicator page with the form as sent and its errors. */
    private String answer(IndicatorId id, Answer answer, UnaryOperator<String> formField, Supplier<String> write) {
        String saved = FormErrors.saved(write, answer.binding(), answer.response(), null, formField);
        return saved != null ? saved : page.show(id, answer.model(), answer.locale());
    }
}
