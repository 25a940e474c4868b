package no.gevinst.portfolio.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.benefit.Benefit;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * The programmes one programme's double-counting control must read: itself and those whose benefits can share a
 * conflict with one of its own. Only two rules reach across programmes, an indicator of the same measure (rules a and
 * d) and the same title (rule b); links, contributions and staff groups stay within a programme.
 */
final class ConcernedProgrammes {

    private ConcernedProgrammes() {}

    /** The programme and the visible programmes that can share a conflict with it; nothing when it is not visible. */
    static List<Programme> of(ProgrammeId selected, Reading reading) {
        List<Programme> visible = reading.visible();
        Programme own = visible.stream()
                .filter(p -> p.id().equals(selected))
                .findFirst()
                .orElse(null);
        if (own == null) {
            return List.of();
        }
        Set<String> marks = marks(own, reading);
        return visible.stream()
                .filter(p -> p == own || !Collections.disjoint(marks, marks(p, reading)))
                .toList();
    }

    /** What a programme's benefits can share a conflict with another programme's by: measure keys and titles. */
    private static Set<String> marks(Programme programme, Reading reading) {
        return reading.keptOfRegister("marks", programme.id(), () -> Set.copyOf(read(programme, reading)));
    }

    private static Set<String> read(Programme programme, Reading reading) {
        Set<String> marks = new HashSet<>();
        Map<BenefitId, Map<String, String>> measures = IndicatorParts.measureKeys(programme.id(), reading);
        for (Benefit b : reading.register(programme.id())) {
            marks.add("title:" + IndicatorKeys.normalised(b.title()));
            marks.addAll(measures.getOrDefault(b.id(), Map.of()).keySet());
        }
        return marks;
    }
}
