package no.gevinst.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The go-live day of the indicators whose baseline is set at a unit's go-live, as the module that keeps go-live
 * waves knows it (the actual day once recorded, else the planned one). Implemented there, so that this module knows
 * nothing of waves: whenever it reads such an indicator's baseline, recorded as set at go-live, it places it just
 * before that day ({@link
 * Baseline#placedBefore(LocalDate)}), so that its period and the start of its trajectory follow the go-live when it
 * moves, and nothing stored goes stale. The targets keep the dates they were given.
 */
public interface GoLiveDays {

    /** The go-live day of each of the indicators whose baseline is set at one that is in a wave; others are absent. */
    Map<IndicatorId, LocalDate> of(Collection<IndicatorId> indicators);

    /**
     * The indicators of the programme's benefits whose baseline is anchored to one of the units or to a unit below
     * one of them (which goes live with it unless it has a wave of its own), as {@link GoLiveDatesChanged} names them.
     */
    Set<IndicatorId> anchoredUnder(ProgrammeId programme, Collection<OrganisationId> units);
}
