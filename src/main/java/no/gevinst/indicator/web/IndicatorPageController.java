package no.gevinst.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.IndicatorCharts;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.Scope;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.FormShape;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Versions;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator page: status, chart, measurements, and the forms that feed and define the indicator. */
@Controller
class IndicatorPageController {

    /** What a form says when someone else saved first: reload and make the change again. */
    private static final List<FieldViolation> CONFLICT = List.of(FieldViolation.of("version", "version.conflict"));

    private final Indicators indicators;
    private final Benefits benefits;
    private final Programmes programmes;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Users users;
    private final IndicatorCharts charts;
    private final jakarta.validation.Validator validator;

    /**
     * Each indicator's chart, kept per data generation for the day and language it was drawn in: drawing it cost the
     * page as much as its hundred rows, and it changes only with a write (issue 15). Bounded: the charts people are
     * looking at, not every indicator of a region.
     */
    private final GenerationKept<ChartKey, String> keptCharts;

    private record ChartKey(IndicatorId indicator, LocalDate today, Locale locale) {}

    IndicatorPageController(
            Indicators indicators,
            Benefits benefits,
            Programmes programmes,
            Organisations organisations,
            MessageSource messages,
            Users users,
            IndicatorCharts charts,
            DataGeneration generations,
            jakarta.validation.Validator validator) {
        this.charts = charts;
        this.validator = validator;
        this.keptCharts = new GenerationKept<>(generations, 256);
        this.users = users;
        this.indicators = indicators;
        this.benefits = benefits;
        this.programmes = programmes;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/indicators/{id}")
    String page(
            @PathVariable IndicatorId id,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        MeasurementPageParameters asked = MeasurementPageParameters.of(page, size);
        if (!asked.refused().isEmpty()) {
            model.addAttribute("parameterErrors", asked.refused());
            response.setStatus(400);
        }
        // The generation before the view: the chart kept under it is never drawn from older rows.
        var generation = keptCharts.begin();
        LocalDate today = NorwegianTime.today();
        // One page of the measurements, newest first: the page does not grow with the indicator's history.
        IndicatorView view = indicators.view(id, today, asked.page(), asked.size());
        model.addAttribute("measurementLinks", MeasurementLinks.page(id, view.paging()));
        Benefit benefit = benefits.find(view.indicator().benefit()).orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("benefit", benefit);
        // One read of the organisations for their names and the parties', in the same order as a read of the parties.
        List<no.gevinst.organisation.Organisation> visibleOrganisations = organisations.all();
        java.util.Map<no.gevinst.shared.OrganisationId, String> organisationNames =
                visibleOrganisations.stream().collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o.name()));
        model.addAttribute("recordOrganisations", recordOrganisations(visibleOrganisations, benefit, view));
        model.addAttribute("confidences", Confidence.values());
        // Measurements keep who recorded them by user name; the page names them in full.
        java.util.Map<String, String> fullNames = users.displayNames(view.measurements().stream()
                .map(no.gevinst.indicator.Measurement::recordedBy)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute(
                "measurementRows",
                MeasurementRows.of(
                        view.measurements(), view.recordsFor(), organisationNames, fullNames, messages, locale));
        model.addAttribute("chart", generation.get(new ChartKey(id, today, locale), () -> chart(view, locale)));
        model.addAttribute("today", today);
        return "indicator/page";
    }

    @PostMapping("/indicators/{id}/measurements")
    String record(@PathVariable IndicatorId id, @ModelAttribute MeasurementInput input, RedirectAttributes redirect) {
        try {
            RecordResult result = indicators.record(id, List.of(input), MeasurementSource.FORM);
            redirect.addFlashAttribute(
                    "recorded", result.added() > 0 ? "measurement.recorded" : "measurement.unchanged");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("measurementErrors", e.violations());
            redirect.addFlashAttribute("measurementInput", input);
        }
        return "redirect:/indicators/" + id + "#record";
    }

    @PostMapping("/indicators/{id}/baseline")
    String baseline(
            @PathVariable IndicatorId id,
            @ModelAttribute BaselineInput input,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        indicators.requireEditable(id);
        try {
            indicators.setBaseline(
                    id, input, version == null || version.isBlank() ? null : Versions.expected(null, version));
            redirect.addFlashAttribute("saved", "baseline");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("baselineErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("baselineErrors", CONFLICT);
        }
        return "redirect:/indicators/" + id + "#baseline";
    }

    @PostMapping("/indicators/{id}/trajectory")
    String trajectory(
            @PathVariable IndicatorId id,
            @RequestParam(name = "targetDate", required = false) List<String> dates,
            @RequestParam(name = "targetValue", required = false) List<String> values,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        // Rights before the version and the targets: a refused user is not sent back to the form with its faults.
        indicators.requireEditable(id);
        List<String[]> points = new ArrayList<>();
        List<String> d = dates == null ? List.of() : dates;
        List<String> v = values == null ? List.of() : values;
        for (int i = 0; i < Math.max(d.size(), v.size()); i++) {
            points.add(new String[] {i < d.size() ? d.get(i) : "", i < v.size() ? v.get(i) : ""});
        }
        try {
            indicators.setTrajectory(id, points, Versions.expected(null, version));
            redirect.addFlashAttribute("saved", "trajectory");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("trajectoryErrors", e.violations());
        } catch (VersionConflictException e) {
            redirect.addFlashAttribute("trajectoryErrors", CONFLICT);
        }
        return "redirect:/indicators/" + id + "#trajectory";
    }

    @PostMapping("/measurements/{id}/correction")
    String correct(
            @PathVariable MeasurementId id,
            @RequestParam(name = "value", required = false) String value,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        // Rights first; back to the measurement's own indicator, whatever the form said it was.
        IndicatorId indicator = indicators.requireMayCorrect(id);
        try {
            indicators.correct(id, value, reason);
            redirect.addFlashAttribute("recorded", "measurement.corrected");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("measurementErrors", e.violations());
        }
        return "redirect:/indicators/" + indicator + "#measurements";
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

    /** The measurement form offers only the parties' organisations the user may record for. */
    private List<no.gevinst.organisation.Organisation> recordOrganisations(
            List<no.gevinst.organisation.Organisation> visible, Benefit benefit, IndicatorView view) {
        java.util.Set<no.gevinst.shared.OrganisationId> parties = programmes
                .find(benefit.programme())
                .map(p -> java.util.Set.copyOf(p.organisations()))
                .orElse(java.util.Set.of());
        return visible.stream()
                .filter(o -> parties.contains(o.id()))
                .filter(o -> view.recordsFor().contains(o.id()))
                .toList();
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

    private String chart(IndicatorView view, Locale locale) {
        String title = messages.getMessage(
                "indicator.chart.title", new Object[] {view.indicator().name()}, locale);
        String description = messages.getMessage(
                "indicator.chart.periods",
                new Object[] {view.indicator().unit(), view.series().size()},
                locale);
        return charts.svg(view, title, description, locale);
    }
}
