package no.gevinst.handover;

import java.util.List;

/** What a handover hands over, frozen when it is proposed: remaining targets and schedule, and open measures. */
public record HandoverSnapshot(List<RemainingTarget> targets, List<OpenMeasure> measures) {

    public HandoverSnapshot {
        targets = targets == null ? List.of() : List.copyOf(targets);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
