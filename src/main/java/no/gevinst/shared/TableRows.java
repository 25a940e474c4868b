package no.gevinst.shared;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes whole rows of a module's tables as JSON-able values, for the programme export and import
 * (issue 20): every module hands its own tables through it, so no module reads another's. Values go out as text
 * (ids, dates, times in ISO 8601), exact decimals, booleans, lists (arrays), JSON (jsonb) and bytes (bytea) as
 * base64 text; they come back
 * through a cast to the column's own type, so the database's checks judge them as they judge any write.
 */
@Component
public class TableRows {

    /** Rows fetched at a time when streaming, so that a million measurements are never all in memory. */
    private static final int FETCH = 1_000;

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Map<String, Map<String, String>> columns = new ConcurrentHashMap<>();

    public TableRows(DataSource dataSource, JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.json = json;
    }

    /** Every row the query finds, each as column name to value. */
    public List<Map<String, Object>> read(String sql, Object... parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        stream(sql, rows::add, parameters);
        return rows;
    }

    /** Hands each row the query finds to the consumer as it arrives (in a transaction, a cursor of FETCH rows). */
    public void stream(String sql, Consumer<Map<String, Object>> each, Object... parameters) {
        jdbc.query(
                sql,
                rs -> {
                    each.accept(row(rs));
                },
                parameters);
    }

    /**
     * The table's writable columns with the type each value is cast to; columns the database fills itself
     * (identities, generated columns) are absent.
     */
    public Map<String, String> columns(String table) {
        return columns.computeIfAbsent(table, t -> {
            Map<String, String> types = new LinkedHashMap<>();
            jdbc.query(
                    """
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type
                    FROM pg_attribute a
                    WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped
                      AND a.attidentity = '' AND a.attgenerated = ''
                    ORDER BY a.attnum
                    """,
                    rs -> {
                        types.put(rs.getString("attname"), rs.getString("type"));
                    },
                    "public." + t);
            return Map.copyOf(types);
        });
    }

    /** Inserts the rows into the table, in batches of rows that name the same columns. */
    public void insert(String table, List<Map<String, Object>> rows) {
        insert(table, rows, false);
    }

    /**
     * Inserts the rows into the table; with {@code skipExisting}, a row whose key is taken already is left out
     * (rows that two programmes' documents both carry, such as a share of one's benefit in the other).
     */
    public void insert(String table, List<Map<String, Object>> rows, boolean skipExisting) {
        Map<String, String> types = columns(table);
        Map<List<String>, List<Object[]>> byColumns = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            List<String> names =
                    row.keySet().stream().filter(types::containsKey).toList();
            byColumns
                    .computeIfAbsent(names, k -> new ArrayList<>())
                    .add(names.stream()
                            .map(c -> parameter(types.get(c), row.get(c)))
                            .toArray());
        }
        byColumns.forEach((names, values) -> {
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(
                            ", ",
                            names.stream()
                                    .map(c -> "CAST(? AS " + types.get(c) + ")")
                                    .toList())
                    + ")"
                    + (skipExisting ? " ON CONFLICT DO NOTHING" : "");
            for (int from = 0; from < values.size(); from += BATCH) {
                jdbc.batchUpdate(sql, values.subList(from, Math.min(values.size(), from + BATCH)));
            }
        });
    }

    /** What is wrong with a value for a column of the type, or null when the database may judge it. */
    public static String problemOf(String type, Object value) {
        if (value == null) {
            return null;
        }
        try {
            if (type.endsWith("[]")) {
                return value instanceof List<?> ? null : "transfer.value.list";
            }
            if (type.equals("jsonb") || type.equals("json")) {
                return null;
            }
            if (type.equals("bytea")) {
                return value instanceof String text && base64(text) != null ? null : "transfer.value.base64";
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                return "transfer.value.scalar";
            }
            String text = value.toString();
            switch (type) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "timestamp with time zone" -> OffsetDateTime.parse(text);
                case "boolean" -> {
                    if (!(value instanceof Boolean)) {
                        return "transfer.value.boolean";
                    }
                }
                default -> {
                    if (type.startsWith("numeric") || type.equals("integer") || type.equals("bigint")) {
                        new BigDecimal(text);
                    }
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "transfer.value.type";
        }
    }

    private Object parameter(String type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.equals("jsonb") || type.equals("json")) {
            return json.writeValueAsString(value);
        }
        if (type.equals("bytea")) {
            return base64(value.toString());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? null : plain(v)).toArray(String[]::new);
        }
        return plain(value);
    }

    /** Binary columns (a story's picture) go out as base64 text, as Jackson writes bytes; null when it is none. */
    private static byte[] base64(String text) {
        try {
            return java.util.Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i), value(rs, i, meta.getColumnTypeName(i)));
        }
        return row;
    }

    private Object value(ResultSet rs, int i, String type) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) {
            return null;
        }
        if (type.equals("timestamptz")) {
            return rs.getObject(i, OffsetDateTime.class)
                    .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return switch (value) {
            case UUID id -> id.toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case Array array -> elements(array);
            case PGobject object when object.getValue() != null -> json.readTree(object.getValue());
            case PGobject object -> null;
            default -> value;
        };
    }

    private List<Object> elements(Array array) throws SQLException {
        List<Object> elements = new ArrayList<>();
        for (Object element : (Object[]) array.getArray()) {
            elements.add(
                    element == null || element instanceof BigDecimal || element instanceof Number
                            ? element
                            : element.toString());
        }
        return elements;
    }
}
