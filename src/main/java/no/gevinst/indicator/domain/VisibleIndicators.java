package no.gevinst.indicator.domain;

import java.util.Optional;
import no.gevinst.indicator.Indicator;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The indicators the user may see: one that is not visible is not found. */
@Component
class VisibleIndicators {

    static final String ENTITY = "indicator";

    private final IndicatorRepository repository;
    private final IndicatorAccess access;

    VisibleIndicators(IndicatorRepository repository, IndicatorAccess access) {
        this.repository = repository;
        this.access = access;
    }

    Optional<Indicator> find(IndicatorId id) {
        return repository.find(id).filter(access::canSee);
    }

    Indicator existing(IndicatorId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
