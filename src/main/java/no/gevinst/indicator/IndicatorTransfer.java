package no.gevinst.indicator;

import no.gevinst.indicator.domain.IndicatorStatusNews;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's indicators with baselines and trajectories, and its measurements with their provenance, for its export and import (issue 20). */
@Component
public class IndicatorTransfer extends ProgrammeTables {

    IndicatorTransfer(TableRows rows, IndicatorStatusNews news) {
        super(rows, tables("indicator", """
                        SELECT x.* FROM indicator x JOIN indicator_benefit_scope b ON b.benefit_id = x.benefit_id WHERE b.programme_id = ? ORDER BY b.code, x.name, x.id
                        """, "baseline", """
                        SELECT x.* FROM baseline x JOIN indicator i ON i.id = x.indicator_id JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id WHERE b.programme_id = ? ORDER BY x.indicator_id
                        """, "target_point", """
                        SELECT x.* FROM target_point x JOIN indicator i ON i.id = x.indicator_id JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id WHERE b.programme_id = ? ORDER BY x.indicator_id, x.target_date
                        """));
        this.rows = rows;
        this.news = news;
    }

    private final IndicatorStatusNews news;

    /** Writes the part's rows, and tells the register of the imported indicators' status, as any write does. */
    @Override
    public void importInto(ProgrammePart part) {
        super.importInto(part);
        news.announce(part.rows("indicator").stream()
                .map(row -> new IndicatorId(java.util.UUID.fromString(String.valueOf(row.get("id")))))
                .toList());
    }

    /** The ids of the programme's indicators, for the modules whose export names them. */
    public java.util.List<IndicatorId> idsIn(no.gevinst.shared.ProgrammeId programme) {
        return rows
                .read(
                        "SELECT i.id FROM indicator i JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id WHERE b.programme_id = ?"
                                + " ORDER BY i.id",
                        programme.value())
                .stream()
                .map(row -> new IndicatorId(java.util.UUID.fromString(String.valueOf(row.get("id")))))
                .toList();
    }

    private static final String MEASUREMENTS = """
            SELECT x.* FROM measurement x
            JOIN indicator i ON i.id = x.indicator_id JOIN indicator_benefit_scope b ON b.benefit_id = i.benefit_id
            WHERE b.programme_id = ? ORDER BY x.indicator_id, x.period_end, x.id
            """;

    private final TableRows rows;

    /** Hands each of the programme's measurements to the consumer as it is read: they may be millions. */
    public void measurementsOf(
            no.gevinst.shared.ProgrammeId programme, java.util.function.Consumer<java.util.Map<String, Object>> each) {
        rows.stream(MEASUREMENTS, each, programme.value());
    }

    /** What is wrong with measurements to be imported, each named by its path under {@code path}. */
    public java.util.List<no.gevinst.shared.ImportProblem> measurementProblems(
            java.util.List<java.util.Map<String, Object>> measurements, String path) {
        return tableProblems("measurement", measurements, path);
    }

    /** Writes imported measurements; the database's triggers keep the period totals and annual actuals. */
    public void importMeasurements(java.util.List<java.util.Map<String, Object>> measurements) {
        rows.insert("measurement", measurements);
    }
}
