package no.gevinst.golive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The go-live waves of the programmes the current user may see. Everyone who sees a programme reads its waves; its
 * coordinators record, change and remove them. A programme the user may not see is not found.
 */
public interface GoLiveWaves {

    /** The programme's waves, by planned date and name. */
    List<Wave> waves(ProgrammeId programme);

    /** The waves of several programmes the user sees, each programme's by planned date; others are left out. */
    Map<ProgrammeId, List<Wave>> waves(Collection<ProgrammeId> programmes);

    Optional<Wave> find(ProgrammeId programme, WaveId wave);

    /** True when the current user may record and change the programme's waves: its coordinators. */
    boolean canEdit(ProgrammeId programme);

    /** Refuses (403) a user who may not change the programme's waves, before anything they sent is judged. */
    void requireEditable(ProgrammeId programme);

    Wave create(ProgrammeId programme, WaveInput input);

    /** Changes a wave that is still at the expected version; an older version is refused (409). */
    Wave update(ProgrammeId programme, WaveId wave, WaveInput input, long expectedVersion);

    /** Removes a wave that is still at the expected version. */
    void delete(ProgrammeId programme, WaveId wave, long expectedVersion);

    /**
     * When the unit goes (or went) live in the programme: its own wave, or else the wave of the nearest organisation
     * above it that has one (a clinic goes live with its hospital trust). Empty when none is in a wave.
     */
    Optional<GoLive> goLive(ProgrammeId programme, OrganisationId unit);

    /** The organisations and units whose wave had gone live, by its recorded actual date, on the day. */
    List<GoLive> liveOn(ProgrammeId programme, LocalDate day);

    /**
     * Which organisations and units of each programme are live on the day, for those of the programmes the user sees
     * that have a unit in some wave; the others are left out. One read of the waves however many programmes.
     */
    Map<ProgrammeId, LiveStatus> liveStatus(Collection<ProgrammeId> programmes, LocalDate day);

    /** What a wave may contain: the programme's owner and parties, and the units under them, by name. */
    List<OrganisationId> eligibleUnits(ProgrammeId programme);

    /** Refuses (403) a user who may not choose the indicator's go-live unit: the coordinators of its programme. */
    void requireAnchorEditable(IndicatorId indicator);

    /** True when the current user may choose the indicator's go-live unit. */
    boolean canAnchor(IndicatorId indicator);

    /** The unit at whose go-live the indicator's baseline is set, if one is chosen. */
    Optional<BaselineAnchor> anchor(IndicatorId indicator);

    /**
     * Sets (or with a blank unit clears) the unit at whose go-live the indicator's baseline is set; the coordinators of
     * the indicator's programme. The expected version is 0 while none is set.
     */
    Optional<BaselineAnchor> anchor(IndicatorId indicator, String unit, long expectedVersion);
}
