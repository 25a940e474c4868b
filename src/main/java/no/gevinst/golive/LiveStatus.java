package no.gevinst.golive;

import java.util.List;
import no.gevinst.shared.ProgrammeId;

/**
 * Which of a programme's organisations and units are live on a day, as the programme page, the dashboard and the
 * phase gate show it ("I bruk: St. Olavs hospital HF, Trondheim kommune (2 av 5)"). Counted over the programme's
 * owner and parties and every unit named in a wave, seen by the user or not; the units listed are those the user
 * sees, live ones first.
 *
 * @param liveCount how many are live
 * @param total how many are counted: the owner, the parties and every unit in a wave
 * @param inWaves how many are in a wave, live or not
 */
public record LiveStatus(ProgrammeId programme, List<UnitGoLive> units, int liveCount, int total, int inWaves) {

    public LiveStatus {
        units = List.copyOf(units);
    }

    /** The units the user sees that are live. */
    public List<UnitGoLive> live() {
        return units.stream().filter(UnitGoLive::live).toList();
    }

    /** The units the user sees that are not live yet: planned in a wave, or in none. */
    public List<UnitGoLive> notYet() {
        return units.stream().filter(u -> !u.live()).toList();
    }

    /** True when the programme has a unit in some wave: its go-live is planned here at all. */
    public boolean hasWaves() {
        return inWaves > 0;
    }

    /** True when every unit planned in a wave is live. */
    public boolean allWavesLive() {
        return hasWaves() && liveCount == inWaves;
    }
}
