package no.gevinst.golive.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.gevinst.golive.Wave;
import no.gevinst.indicator.GoLiveDatesChanged;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the indicator module, after the write's commit, whose go-live may have moved, so that the traffic light it
 * stores for the indicators anchored there follows ({@link GoLiveDatesChanged}): the units of a wave whose dates or
 * units were written (those it had and those it has), of a new wave and of a deleted one, and an indicator whose
 * anchor was set, moved or cleared. A wave renamed only moves nothing and tells nothing.
 */
@Component
class GoLiveMoves {

    private final ApplicationEventPublisher events;

    GoLiveMoves(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A wave created (before null), written, or deleted (after null). */
    void waveWritten(Wave before, Wave after) {
        Wave any = after != null ? after : before;
        if (before != null && after != null && sameGoLive(before, after)) {
            return;
        }
        Set<OrganisationId> units = new LinkedHashSet<>();
        if (before != null) {
            units.addAll(before.units());
        }
        if (after != null) {
            units.addAll(after.units());
        }
        if (!units.isEmpty()) {
            events.publishEvent(GoLiveDatesChanged.ofUnits(any.programme(), List.copyOf(units)));
        }
    }

    void anchorWritten(ProgrammeId programme, IndicatorId indicator) {
        events.publishEvent(GoLiveDatesChanged.ofIndicator(programme, indicator));
    }

    private static boolean sameGoLive(Wave before, Wave after) {
        return before.plannedDate().equals(after.plannedDate())
                && Objects.equals(before.actualDate(), after.actualDate())
                && Set.copyOf(before.units()).equals(Set.copyOf(after.units()));
    }
}
