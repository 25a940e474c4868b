package no.gevinst.indicator.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import no.gevinst.indicator.GoLiveDatesChanged;
import no.gevinst.indicator.GoLiveDays;
import no.gevinst.shared.IndicatorId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a go-live moves, the traffic light stored for the indicators whose baseline is anchored there is worked out
 * again: their status is read with the baseline placed before the go-live as it now stands ({@link PlacedBaselines}),
 * but the stored light, which the register's filter and the network's colours read, was written when the indicator
 * was last written. After the commit of the wave's write, on its own thread; published again after a failure.
 */
@Component
class GoLiveStatusRefresh {

    private final ObjectProvider<GoLiveDays> goLiveDays;
    private final IndicatorStatusRefresher refresher;

    GoLiveStatusRefresh(ObjectProvider<GoLiveDays> goLiveDays, IndicatorStatusRefresher refresher) {
        this.goLiveDays = goLiveDays;
        this.refresher = refresher;
    }

    @ApplicationModuleListener
    void on(GoLiveDatesChanged changed) {
        Set<IndicatorId> ids = new LinkedHashSet<>(changed.indicators());
        GoLiveDays days = goLiveDays.getIfAvailable();
        if (days != null) {
            ids.addAll(days.anchoredUnder(changed.programme(), changed.units()));
        }
        refresher.refresh(ids);
    }
}
