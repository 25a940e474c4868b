package no.gevinst.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineCommand;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCommand;
import no.gevinst.indicator.IndicatorInputBuilder;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.shared.NorwegianTime;
import org.springframework.stereotype.Component;

/**
 * Indicators of the demo benefits with baselines, trajectories and a few years of measurements, read from
 * {@code demo/indicators.json}: some on track, some behind, one stale. The figures are invented for the demo, shaped
 * like the real ones would be.
 */
@Component
class DemoIndicators {

    static final String FILE = "indicators.json";

    private final Indicators indicators;
    private final Benefits benefits;

    DemoIndicators(Indicators indicators, Benefits benefits) {
        this.indicators = indicators;
        this.benefits = benefits;
    }

    void load(UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        for (DemoIndicatorData data : DemoFiles.list(FILE, DemoIndicatorData[].class)) {
            Indicator indicator = define(data, personId.apply(data.measurer()));
            baseline(indicator, data.baseline());
            indicators.setTrajectory(indicator.id(), trajectory(data.trajectory()));
            DemoIndicatorData.Series series = data.measurements();
            record(indicator, organisationId.apply(series.organisation()), series);
        }
    }

    private Indicator define(DemoIndicatorData data, String measurer) {
        Benefit benefit = benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.title().equals(data.benefit()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo benefit " + data.benefit()));
        return indicators.create(IndicatorCommand.parse(IndicatorInputBuilder.indicator()
                .benefitId(benefit.id().toString())
                .name(data.name())
                .definition(data.definition())
                .unit(data.unit())
                .direction(data.direction())
                .kind(data.kind())
                .method(data.method())
                .dataSource(data.dataSource())
                .frequency(data.frequency())
                .measuredById(measurer)
                .costHours(data.costHours())
                .amberTolerance(data.amberTolerance())
                .redTolerance(data.redTolerance())
                .scope(data.scope())
                .canonicalUrl(data.canonicalUrl())
                .build()));
    }

    private void baseline(Indicator i, DemoIndicatorData.Baseline b) {
        indicators.setBaseline(
                i.id(),
                BaselineCommand.parse(new BaselineInput(
                        b.value(),
                        b.start(),
                        b.end(),
                        b.method(),
                        b.source(),
                        "",
                        b.measuredBy(),
                        String.valueOf(b.atGoLive()),
                        b.reason())));
    }

    private static List<MeasurementInput> rows(DemoIndicatorData.Series series) {
        if (series.monthlyFrom() != null) {
            return monthly(YearMonth.parse(series.monthlyFrom()), series.values());
        }
        if (series.quarterlyFrom() != null) {
            return quarterly(series.quarterlyFrom(), series.values());
        }
        return series.rows().stream()
                .map(r -> row(r.start(), r.end(), r.value()))
                .toList();
    }

    private static List<MeasurementInput> monthly(YearMonth first, List<Double> values) {
        List<MeasurementInput> rows = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            YearMonth month = first.plusMonths(k);
            rows.add(row(month.atDay(1).toString(), month.atEndOfMonth().toString(), String.valueOf(values.get(k))));
        }
        return rows;
    }

    private static List<MeasurementInput> quarterly(int firstYear, List<Double> values) {
        List<MeasurementInput> rows = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            LocalDate start = LocalDate.of(firstYear, 1, 1).plusMonths(3L * k);
            rows.add(row(start.toString(), start.plusMonths(3).minusDays(1).toString(), String.valueOf(values.get(k))));
        }
        return rows;
    }

    /** Records the rows whose period has ended, so that the demo never holds measurements of the future. */
    void record(Indicator i, String organisation, DemoIndicatorData.Series series) {
        LocalDate today = NorwegianTime.today();
        List<MeasurementCommand> past = rows(series).stream()
                .map(r -> MeasurementCommand.parse(new MeasurementInput(
                        r.value(),
                        r.periodStart(),
                        r.periodEnd(),
                        organisation,
                        "",
                        "",
                        series.method(),
                        series.confidence(),
                        "")))
                .filter(r -> !r.periodEnd().isAfter(today))
                .toList();
        indicators.record(i.id(), past, MeasurementSource.FILE);
    }

    /** The demo's trajectory as its data file writes it, read as a form's would be. */
    static TrajectoryCommand trajectory(List<DemoIndicatorData.Point> points) {
        return TrajectoryCommand.parse(
                points.stream().map(DemoIndicatorData.Point::date).toList(),
                points.stream().map(DemoIndicatorData.Point::value).toList());
    }

    /** A period's value; where and how it was measured are the series'. */
    private static MeasurementInput row(String start, String end, String value) {
        return new MeasurementInput(value, start, end, null, "", "", "", "", "");
    }
}
