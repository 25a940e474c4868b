package no.gevinst.indicator.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.access.Users;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.IndicatorCharts;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The indicator page's model, for its page and for its forms that answer on it: a refused measurement, baseline,
 * trajectory or correction comes back on the page itself (422, 409) with what was typed, so the form given in the
 * model is kept and only the missing ones are filled from the indicator. One code for both, so that a refused page
 * costs the queries the page does.
 */
@Component
class IndicatorPage {

    static final String VIEW = "indicator/page";
    static final String MEASUREMENT_FORM = "measurementForm";
    static final String BASELINE_FORM = "baselineForm";
    static final String TRAJECTORY_FORM = "trajectoryForm";
    static final String CORRECTION_FORM = "correctionForm";

    private final Indicators indicators;
    private final Benefits benefits;
    private final Programmes programmes;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Users users;
    private final IndicatorCharts charts;

    /**
     * Each indicator's chart, kept per data generation for the day and language it was drawn in: drawing it cost the
     * page as much as its hundred rows, and it changes only with a write (issue 15). Bounded: the charts people are
     * looking at, not every indicator of a region.
     */
    private final GenerationKept<ChartKey, String> keptCharts;

    private record ChartKey(IndicatorId indicator, LocalDate today, Locale locale) {}

    IndicatorPage(
            Indicators indicators,
            Benefits benefits,
            Programmes programmes,
            Organisations organisations,
            MessageSource messages,
            Users users,
            IndicatorCharts charts,
            DataGeneration generations) {
        this.indicators = indicators;
        this.benefits = benefits;
        this.programmes = programmes;
        this.organisations = organisations;
        this.messages = messages;
        this.users = users;
        this.charts = charts;
        this.keptCharts = new GenerationKept<>(generations, 256);
    }

    /** Fills the model for the first page of the indicator's measurements and answers the view's name. */
    String show(IndicatorId id, Model model, Locale locale) {
        return show(id, MeasurementPageParameters.of(null, null), model, locale);
    }

    /** Fills the model for the page of measurements asked for and answers the view's name. */
    String show(IndicatorId id, MeasurementPageParameters asked, Model model, Locale locale) {
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
        List<Organisation> visibleOrganisations = organisations.all();
        Map<OrganisationId, String> organisationNames =
                visibleOrganisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("recordOrganisations", recordOrganisations(visibleOrganisations, benefit, view));
        model.addAttribute("confidences", Confidence.values());
        // Measurements keep who recorded them by user name; the page names them in full.
        Map<String, String> fullNames = users.displayNames(view.measurements().stream()
                .map(Measurement::recordedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        model.addAttribute(
                "measurementRows",
                MeasurementRows.of(
                        view.measurements(), view.recordsFor(), organisationNames, fullNames, messages, locale));
        model.addAttribute("chart", generation.get(new ChartKey(id, today, locale), () -> chart(view, locale)));
        model.addAttribute("today", today);
        addForms(model, view);
        return VIEW;
    }

    /** The page's forms: the refused one as sent, the others as the indicator stands (at the versions read). */
    private static void addForms(Model model, IndicatorView view) {
        if (!model.containsAttribute(MEASUREMENT_FORM)) {
            model.addAttribute(MEASUREMENT_FORM, new MeasurementForm());
        }
        if (!model.containsAttribute(BASELINE_FORM)) {
            model.addAttribute(BASELINE_FORM, BaselineForm.of(view.baseline(), view.baselineVersion()));
        }
        if (!model.containsAttribute(TRAJECTORY_FORM)) {
            model.addAttribute(TRAJECTORY_FORM, TrajectoryForm.of(view.targets(), view.trajectoryVersion()));
        }
        if (!model.containsAttribute(CORRECTION_FORM)) {
            model.addAttribute(CORRECTION_FORM, new CorrectionForm());
        }
    }

    /** The measurement form offers only the parties' organisations the user may record for. */
    private List<Organisation> recordOrganisations(List<Organisation> visible, Benefit benefit, IndicatorView view) {
        Set<OrganisationId> parties = programmes
                .find(benefit.programme())
                .map(p -> Set.copyOf(p.organisations()))
                .orElse(Set.of());
        return visible.stream()
                .filter(o -> parties.contains(o.id()))
                .filter(o -> view.recordsFor().contains(o.id()))
                .toList();
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
