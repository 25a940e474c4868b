package no.gevinst.report.domain;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.plan.PlanSnapshot;

/** The plan's risks counted in a five by five matrix of impact against probability, coloured by their score. */
final class RiskMatrix {

    record Row(int impact, List<Cell> cells) {}

    record Cell(String count, String colour) {}

    private RiskMatrix() {}

    /** Rows of impact 5 to 1, columns of probability 1 to 5, each cell the number of risks in it. */
    static List<Row> of(List<PlanSnapshot.RiskEntry> risks) {
        List<Row> rows = new ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            List<Cell> cells = new ArrayList<>();
            for (int probability = 1; probability <= 5; probability++) {
                int i = impact;
                int p = probability;
                long count = risks.stream()
                        .filter(r -> r.impact() == i && r.probability() == p)
                        .count();
                String colour = i * p >= 15 ? "#f9d0cd" : i * p >= 8 ? "#fde9c3" : "#dcefdc";
                cells.add(new Cell(count == 0 ? "" : String.valueOf(count), colour));
            }
            rows.add(new Row(impact, cells));
        }
        return rows;
    }
}
