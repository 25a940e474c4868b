package no.gevinst.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Scope;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormShape;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator page (its model in {@link IndicatorPage}, its forms in {@link IndicatorFormsController}) and the form
 * that defines a new indicator of a benefit.
 */
@Controller
class IndicatorPageController {

    private final Indicators indicators;
    private final Benefits benefits;
    private final Programmes programmes;
    private final Organisations organisations;
    private final IndicatorPage page;
    private final jakarta.validation.Validator validator;

    IndicatorPageController(
            Indicators indicators,
            Benefits benefits,
            Programmes programmes,
            Organisations organisations,
            IndicatorPage page,
            jakarta.validation.Validator validator) {
        this.indicators = indicators;
        this.benefits = benefits;
        this.programmes = programmes;
        this.organisations = organisations;
        this.page = page;
        this.validator = validator;
    }

    @GetMapping("/indicators/{id}")
    String page(
            @PathVariable IndicatorId id,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        MeasurementPageParameters asked = MeasurementPageParameters.of(page, size);
        if (!asked.refused().isEmpty()) {
            model.addAttribute("parameterErrors", asked.refused());
            response.setStatus(400);
        }
        return this.page.show(id, asked, model, locale);
    }

    @GetMapping("/benefits/{id}/indicators/new")
    String newForm(@PathVariable BenefitId id, Model model) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        if (!benefits.canEdit(benefit)) {
            throw new AccessDeniedException("May not add indicators");
        }
        return form(model, benefit, null);
    }

    @PostMapping("/benefits/{id}/indicators")
    String create(
            @PathVariable BenefitId id,
            @ModelAttribute IndicatorInput input,
            Model model,
            HttpServletResponse response) {
        Benefit benefit = benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
        try {
            // Rights before the text is read: a refused user is not shown what is wrong with it.
            if (!benefits.canEdit(benefit)) {
                throw new AccessDeniedException("May not add indicators to " + benefit.code());
            }
            FormShape.check(validator, input);
            var created = indicators.create(IndicatorCommand.parse(id, input));
            return "redirect:/indicators/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.violations());
        } catch (AccessDeniedException e) {
            model.addAttribute("errors", List.of(FormErrors.refuse(response, "pages.refused.indicator.create")));
        }
        return form(model, benefit, input);
    }

    private List<no.gevinst.organisation.Organisation> partyOrganisations(Benefit benefit) {
        return programmes
                .find(benefit.programme())
                .map(p -> organisations.findAll(p.organisations()))
                .orElse(List.of());
    }

    private String form(Model model, Benefit benefit, IndicatorInput input) {
        model.addAttribute("benefit", benefit);
        model.addAttribute("partyOrganisations", partyOrganisations(benefit));
        model.addAttribute("input", input);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("scopes", Scope.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "indicator/form";
    }
}
