package no.gevinst.indicator;

import java.util.List;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * Published by the module that keeps go-live waves when the go-live day of some units of a programme may have moved
 * (a wave's dates or units written, a wave deleted), or when an indicator's baseline was anchored to another unit or
 * freed of one. Defined here, beside {@link GoLiveDays}, so that this module knows nothing of waves: on it, the traffic
 * light stored for the indicators anchored to those units (or to units below them) and for the indicators named is
 * worked out again, so that the register's filter and the network's colours follow the moved baseline.
 *
 * @param units the units whose go-live may have moved; the indicators anchored to them or below them are refreshed
 * @param indicators indicators to refresh whatever they are anchored to now (an anchor set, moved or cleared)
 */
public record GoLiveDatesChanged(ProgrammeId programme, List<OrganisationId> units, List<IndicatorId> indicators) {

    public GoLiveDatesChanged {
        units = List.copyOf(units);
        indicators = List.copyOf(indicators);
    }

    public static GoLiveDatesChanged ofUnits(ProgrammeId programme, List<OrganisationId> units) {
        return new GoLiveDatesChanged(programme, units, List.of());
    }

    public static GoLiveDatesChanged ofIndicator(ProgrammeId programme, IndicatorId indicator) {
        return new GoLiveDatesChanged(programme, List.of(), List.of(indicator));
    }
}
