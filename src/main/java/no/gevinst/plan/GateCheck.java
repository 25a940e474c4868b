package no.gevinst.plan;

import java.util.List;
import no.gevinst.golive.LiveStatus;
import no.gevinst.programme.Phase;
import no.gevinst.shared.ProgrammeId;

/**
 * The checklist for moving a programme from its current phase to the next.
 *
 * @param to the next phase, or null when the programme is in its last phase
 * @param goLive which of the programme's organisations and units are live today and which are not yet; null when the
 *     programme has no go-live waves
 */
public record GateCheck(ProgrammeId programme, Phase from, Phase to, List<GateItem> items, LiveStatus goLive) {

    public GateCheck {
        items = List.copyOf(items);
    }

    /** True when the programme is in its last phase and there is no gate to pass. */
    public boolean atEnd() {
        return to == null;
    }

    /** True when every item holds: the programme may move on without a decision on gaps. */
    public boolean passes() {
        return items.stream().allMatch(GateItem::holds);
    }

    /** The items that fail. */
    public List<GateItem> gaps() {
        return items.stream().filter(i -> !i.holds()).toList();
    }
}
