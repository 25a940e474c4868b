package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Baseline;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorStatus;
import no.gevinst.indicator.IndicatorView;
import no.gevinst.indicator.MeasurementPaging;
import no.gevinst.indicator.PeriodValue;
import no.gevinst.indicator.TargetPoint;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** An indicator as its page and the API show it: definition, baseline, trajectory, status and measurements. */
@Component
class IndicatorViews {

    private final TrajectoryRepository repository;
    private final IndicatorAccess access;
    private final VisibleIndicators visible;
    private final IndicatorStatusRefresher refresher;
    private final Benefits benefits;
    private final MeasurementPages pages;
    private final PlacedBaselines placed;

    /**
     * Each indicator's status and chart series for the day, kept for the data generation: working them out reads the
     * latest periods' measurements and sums every period of the chart's years (at a tenth of a region about 240 and
     * 4 800 rows, most of the indicator page's database time), though they change only with a write (issue 15).
     * Bounded: the indicators people are looking at.
     */
    private final GenerationKept<Standing.Key, Standing> standings;

    /** Where an indicator stands on a day, and the values its chart draws. */
    private record Standing(IndicatorStatus status, List<PeriodValue> series) {

        private record Key(IndicatorId id, LocalDate today) {}
    }

    IndicatorViews(
            TrajectoryRepository repository,
            IndicatorAccess access,
            VisibleIndicators visible,
            IndicatorStatusRefresher refresher,
            Benefits benefits,
            MeasurementPages pages,
            PlacedBaselines placed,
            DataGeneration generations) {
        this.standings = new GenerationKept<>(generations, 1024);
        this.repository = repository;
        this.access = access;
        this.visible = visible;
        this.refresher = refresher;
        this.benefits = benefits;
        this.pages = pages;
        this.placed = placed;
    }

    IndicatorView view(IndicatorId id, LocalDate today, int page, int size) {
        // The generation before anything is read: a standing kept under it is never worked out from older rows.
        var generation = standings.begin();
        // Whether the user may see it first: one who may not learns nothing from what is wrong with the paging.
        Indicator indicator = visible.existing(id);
        checkPaging(page, size);
        // Placed before its go-live when it is set at one: the page, the status and the chart read it from there.
        Optional<Baseline> baseline = placed.of(id, repository.baseline(id));
        LocalDate changeTookEffect =
                benefits.find(indicator.benefit()).map(Benefit::expectedStart).orElse(null);
        List<TargetPoint> targets = repository.targets(id);
        Standing standing = generation.get(new Standing.Key(id, today), () -> {
            IndicatorStatus status = refresher.status(indicator, baseline, targets, today);
            return new Standing(status, List.copyOf(pages.series(id, status.latestPeriodEnd())));
        });
        MeasurementPages.Page shown = pages.page(id, page, size);
        // Asked once: whether the user may record at all is whether they may record for some organisation.
        List<OrganisationId> recordsFor = access.recordsFor(indicator);
        return IndicatorView.builder()
                .indicator(indicator)
                .baseline(baseline.orElse(null))
                .targets(targets)
                .measurements(shown.measurements())
                .status(standing.status())
                .baselineAfterChange(baseline.map(b -> !b.atGoLive() && b.measuredAfter(changeTookEffect))
                        .orElse(false))
                .canEdit(access.canEdit(indicator))
                .canRecord(!recordsFor.isEmpty())
                .baselineVersion(repository.baselineVersion(id).orElse(null))
                .trajectoryVersion(repository.trajectoryVersion(id))
                .recordsFor(recordsFor)
                .series(standing.series())
                .paging(shown.paging())
                .build();
    }

    private static void checkPaging(int page, int size) {
        Violations paging = new Violations();
        if (page < 1) {
            paging.add("page", "query.page");
        }
        if (size < 1 || size > MeasurementPaging.MAX_SIZE) {
            paging.add("size", "query.size", MeasurementPaging.MAX_SIZE);
        }
        paging.throwIfAny();
    }
}
