package no.gevinst.golive.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.gevinst.indicator.GoLiveDays;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Tells the indicator module the go-live day of the indicators whose baseline is set at a unit's go-live, so that it
 * places their baseline and the start of their trajectory there whenever it reads them: recorded as an anchor (which
 * unit) and worked out from the waves as they stand, never copied into the indicator's tables, so that moving a wave
 * moves them and nothing goes stale. The indicator module has already decided who may see the indicators it asks
 * about.
 */
@Component
class AnchoredGoLiveDays implements GoLiveDays {

    private final AnchorRepository repository;

    AnchoredGoLiveDays(AnchorRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<IndicatorId, LocalDate> of(Collection<IndicatorId> indicators) {
        Map<IndicatorId, LocalDate> days = new HashMap<>();
        repository.anchored(indicators).forEach((id, anchored) -> {
            if (anchored.goLive() != null) {
                days.put(id, anchored.goLive());
            }
        });
        return days;
    }

    @Override
    public Set<IndicatorId> anchoredUnder(ProgrammeId programme, Collection<OrganisationId> units) {
        return repository.anchoredUnder(programme, units);
    }
}
