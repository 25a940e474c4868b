package no.gevinst.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One module's share of a programme export (issue 20): its tables, in the order they are to be written back, each
 * as rows of column values that JSON can carry (text, numbers, booleans, lists, and maps or JSON for jsonb columns).
 * The module that owns the tables reads and writes them; the transfer module only carries them.
 */
public record ProgrammePart(Map<String, List<Map<String, Object>>> tables) {

    public ProgrammePart {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public List<Map<String, Object>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }
}
