package no.gevinst.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's tables that belong to a programme, as the programme export and import see them (issue 20): each
 * table with the query that finds a programme's rows in it (one parameter, the programme's id), in the order in
 * which they are written back. Each module's transfer facade is one of these, so it alone names its tables.
 */
public abstract class ProgrammeTables {

    private final TableRows rows;
    private final Map<String, String> queries;

    protected ProgrammeTables(TableRows rows, Map<String, String> queries) {
        this.rows = rows;
        this.queries = new LinkedHashMap<>(queries);
    }

    /** The module's share of the programme's export. */
    public ProgrammePart exportOf(ProgrammeId programme) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        queries.forEach((table, sql) -> tables.put(table, rows.read(sql, parametersOf(table, programme))));
        return new ProgrammePart(tables);
    }

    /**
     * The parameters of a table's query: the programme's id, unless a module finds its rows by keys another module
     * tells it (the go-live module's anchors by the programme's indicators) and overrides this.
     */
    protected Object[] parametersOf(String table, ProgrammeId programme) {
        return new Object[] {programme.value()};
    }

    /**
     * What is wrong with a part to be imported, each named by its path under {@code path}: a table the module
     * does not have, a row that is no object, a column the table lacks, a value of the wrong type.
     */
    public List<ImportProblem> problemsOf(ProgrammePart part, String path) {
        List<ImportProblem> problems = new ArrayList<>();
        part.tables().forEach((table, tableRows) -> {
            if (!queries.containsKey(table)) {
                problems.add(ImportProblem.of(path + "." + table, "transfer.table.unknown", table));
                return;
            }
            problems.addAll(tableProblems(table, tableRows, path + "." + table));
        });
        return problems;
    }

    /** What is wrong with rows for one of the module's tables: columns it lacks, values of the wrong type. */
    protected List<ImportProblem> tableProblems(String table, List<Map<String, Object>> tableRows, String path) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> types = rows.columns(table);
        for (int i = 0; i < tableRows.size(); i++) {
            String at = path + "[" + i + "]";
            tableRows.get(i).forEach((column, value) -> {
                String type = types.get(column);
                String problem = type == null ? "transfer.column.unknown" : TableRows.problemOf(type, value);
                if (problem != null) {
                    problems.add(ImportProblem.of(at + "." + column, problem, column));
                }
            });
        }
        return problems;
    }

    /** Writes the part's rows into the module's tables, in the module's order; inside the caller's transaction. */
    public void importInto(ProgrammePart part) {
        queries.keySet().forEach(table -> {
            List<Map<String, Object>> tableRows = part.rows(table);
            if (!tableRows.isEmpty()) {
                rows.insert(table, tableRows);
            }
        });
    }

    /**
     * Writes the part's rows for the programme being imported; as a copy or not. A module whose rows may tie the
     * programme to another one (a share, a merge, a double-counting decision) overrides this to write those rows
     * only where both ends are here, and for a copy only where both ends are the copy.
     */
    public void importInto(ProgrammePart part, ProgrammeId programme, boolean copy) {
        importInto(part);
    }

    /** Tables with their queries from pairs of name and query, kept in the order given. */
    protected static Map<String, String> tables(String... nameThenQuery) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (int i = 0; i < nameThenQuery.length; i += 2) {
            tables.put(nameThenQuery[i], nameThenQuery[i + 1]);
        }
        return tables;
    }

    /** The reader and writer of rows, for a module's own questions about its tables. */
    protected TableRows rows() {
        return rows;
    }

    /** The tables, in the order they are written back. */
    public List<String> tables() {
        return List.copyOf(queries.keySet());
    }
}
