package no.gevinst.indicator.domain;

import java.util.Collection;
import no.gevinst.benefit.IndicatorStatusChanged;
import no.gevinst.shared.IndicatorId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the benefit module of an indicator's status as it is now stored ({@link IndicatorStatusChanged}), in the
 * transaction of the write that stored it, so that the register's copy is never behind the indicator. Every write of
 * an indicator's light, latest period, frequency or benefit goes through here.
 */
@Component
public class IndicatorStatusNews {

    private final ApplicationEventPublisher events;
    private final IndicatorRepository repository;

    IndicatorStatusNews(ApplicationEventPublisher events, IndicatorRepository repository) {
        this.events = events;
        this.repository = repository;
    }

    void announce(StoredStatus stored) {
        events.publishEvent(stored.changed());
    }

    /** The status of each of the indicators as it is stored now (after rows were written directly): one read. */
    public void announce(Collection<IndicatorId> indicators) {
        if (!indicators.isEmpty()) {
            repository.storedStatuses(indicators).forEach(this::announce);
        }
    }
}
