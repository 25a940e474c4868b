package no.gevinst.maturity.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.shared.OrganisationId;

/**
 * The rule that keeps anyone's answer from being singled out: a unit's results are shown only when at least
 * {@code threshold} answered. A smaller unit is pooled into its parent organisation, together with the parent's own
 * respondents and the parent's other small units; a group that is still smaller is withheld. Each unit's answers
 * end up in exactly one group, so the sums are kept whole.
 */
final class Pooling {

    private Pooling() {}

    /**
     * A group of answers at a unit: its own and any pooled into it.
     *
     * @param pooledFrom the units whose answers were moved into this group
     */
    record Group(Tally tally, List<OrganisationId> pooledFrom, boolean shown) {

        OrganisationId unit() {
            return tally.unit();
        }
    }

    static List<Group> pool(List<Tally> tallies, Map<OrganisationId, OrganisationId> parentOf, int threshold) {
        Set<OrganisationId> receivers = new HashSet<>();
        for (Tally t : tallies) {
            if (small(t, threshold) && parentOf.get(t.unit()) != null) {
                receivers.add(parentOf.get(t.unit()));
            }
        }
        Map<OrganisationId, List<Tally>> at = new LinkedHashMap<>();
        Map<OrganisationId, List<OrganisationId>> moved = new LinkedHashMap<>();
        for (Tally t : tallies) {
            OrganisationId to = destination(t, parentOf, receivers, threshold);
            at.computeIfAbsent(to, k -> new ArrayList<>()).add(t);
            if (!to.equals(t.unit())) {
                moved.computeIfAbsent(to, k -> new ArrayList<>()).add(t.unit());
            }
        }
        List<Group> groups = new ArrayList<>();
        at.forEach((unit, members) -> {
            Tally sum = Tally.of(unit, members);
            groups.add(new Group(sum, moved.getOrDefault(unit, List.of()), sum.respondents() >= threshold));
        });
        return groups;
    }

    /**
     * Where a unit's answers are counted: at the unit when enough answered there, or when it is itself the parent
     * that small units pool into; else at its parent; a small unit without a parent stays (and is withheld).
     */
    private static OrganisationId destination(
            Tally t, Map<OrganisationId, OrganisationId> parentOf, Set<OrganisationId> receivers, int threshold) {
        OrganisationId parent = parentOf.get(t.unit());
        if (!small(t, threshold) || receivers.contains(t.unit()) || parent == null) {
            return t.unit();
        }
        return parent;
    }

    private static boolean small(Tally t, int threshold) {
        return t.respondents() < threshold;
    }
}
