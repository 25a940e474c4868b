package no.gevinst.indicator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.OrganisationActual;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** Reads of measurements for other modules' views: latest periods, yearly actuals, comments, one organisation's. */
@Component
class MeasurementQueries {

    private final VisibleIndicators visible;
    private final Programmes programmes;
    private final MeasurementPages pages;
    private final RecentPeriods recent;
    private final MeasurementRollups rollups;

    MeasurementQueries(
            VisibleIndicators visible,
            Programmes programmes,
            MeasurementPages pages,
            RecentPeriods recent,
            MeasurementRollups rollups) {
        this.visible = visible;
        this.programmes = programmes;
        this.pages = pages;
        this.recent = recent;
        this.rollups = rollups;
    }

    Map<IndicatorId, List<Measurement>> latestMeasurements(Collection<IndicatorId> indicators, int periods) {
        Map<IndicatorId, List<Measurement>> byIndicator = new HashMap<>();
        for (Measurement m : recent.latest(indicators, programmes.visibleIds(), periods)) {
            byIndicator.computeIfAbsent(m.indicator(), k -> new ArrayList<>()).add(m);
        }
        return byIndicator;
    }

    Map<IndicatorId, List<AnnualActual>> annualActuals(Collection<IndicatorId> indicators, int fromYear, int toYear) {
        if (indicators.isEmpty() || fromYear > toYear) {
            return Map.of();
        }
        // Read from the roll-up the database keeps up to date as measurements are written (issue 15).
        return rollups.annualActuals(indicators, programmes.visibleIds(), fromYear, toYear);
    }

    Optional<Measurement> latestCommented(IndicatorId id, LocalDate upTo) {
        visible.existing(id);
        return pages.latestCommented(id, upTo);
    }

    Optional<OrganisationActual> organisationActual(
            IndicatorId id, OrganisationId organisation, LocalDate from, LocalDate to) {
        visible.existing(id);
        return pages.organisationActual(id, organisation, from, to);
    }
}
