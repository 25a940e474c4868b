package no.gevinst.story.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Frequency;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorCharts;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.indicator.PeriodValue;
import no.gevinst.indicator.Rag;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.indicator.Trend;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.story.FrozenFigures;
import no.gevinst.story.FrozenIndicator;
import no.gevinst.story.FrozenIndicator.Point;
import org.springframework.stereotype.Component;

/**
 * Freezes a benefit's indicator figures through the indicator facade when a story is approved, and draws a frozen
 * indicator with the indicators' own chart: the frozen figures are put back into the shape the chart reads, so the
 * story's chart is drawn like every other, from what was true then.
 */
@Component
class StoryFigures {

    private final Indicators indicators;
    private final IndicatorCharts charts;

    StoryFigures(Indicators indicators, IndicatorCharts charts) {
        this.indicators = indicators;
        this.charts = charts;
    }

    FrozenFigures freeze(BenefitId benefit, LocalDate today) {
        return new FrozenFigures(
                today,
                indicators.ofBenefit(benefit).stream()
                        .map(i -> frozen(indicators.view(i.id(), today, 1, 1)))
                        .toList());
    }

    String svg(BenefitId benefit, FrozenIndicator f, String title, String description, Locale locale) {
        return charts.svg(view(benefit, f), title, description, locale);
    }

    private static FrozenIndicator frozen(IndicatorView v) {
        Indicator i = v.indicator();
        Baseline b = v.baseline();
        IndicatorStatus s = v.status();
        return new FrozenIndicator(
                i.id().toString(),
                i.name(),
                i.unit(),
                i.direction().name(),
                i.frequency().name(),
                i.amberTolerance(),
                s == null ? null : s.latest(),
                s == null ? null : s.latestPeriodEnd(),
                s == null ? Rag.NONE.name() : s.rag().name(),
                b == null ? null : b.value(),
                b == null ? null : b.periodStart(),
                b == null ? null : b.periodEnd(),
                v.targets().stream().map(t -> new Point(t.date(), t.value())).toList(),
                v.series().stream()
                        .map(p -> new Point(p.periodEnd(), p.value()))
                        .toList());
    }

    /** The frozen figures in the shape the chart reads; what the chart does not draw is left empty. */
    private static IndicatorView view(BenefitId benefit, FrozenIndicator f) {
        Baseline baseline = f.baseline() == null
                ? null
                : new Baseline(f.baseline(), f.baselineStart(), f.baselineEnd(), "", "", "", "", false, null);
        IndicatorStatus status = new IndicatorStatus(
                f.latest(), f.latestPeriodEnd(), null, null, null, Rag.valueOf(f.rag()), Trend.UNKNOWN, null, false);
        return IndicatorView.builder()
                .indicator(indicator(benefit, f))
                .baseline(baseline)
                .targets(f.targets().stream()
                        .map(t -> new TargetPoint(t.date(), t.value()))
                        .toList())
                .status(status)
                .series(f.series().stream()
                        .map(p -> new PeriodValue(p.date(), p.value(), 1))
                        .toList())
                .paging(new MeasurementPaging(1, 1, false))
                .build();
    }

    private static Indicator indicator(BenefitId benefit, FrozenIndicator f) {
        return Indicator.builder()
                .id(IndicatorId.of(f.indicatorId()))
                .benefit(benefit)
                .name(f.name())
                .unit(f.unit())
                .direction(Direction.valueOf(f.direction()))
                .frequency(Frequency.valueOf(f.frequency()))
                .costHours(BigDecimal.ZERO)
                .amberTolerance(f.amberTolerance())
                .redTolerance(f.amberTolerance())
                .scopeUnit(null)
                .build();
    }
}
