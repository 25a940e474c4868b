package no.gevinst.backup.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup file holds: the schema version its rows belong to, and each table with its columns and row
 * count, in an order in which they can be loaded (a table after the tables its foreign keys point to), and where each sequence stood
 * ({@code null} for one never used).
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String schemaVersion,
        Instant takenAt,
        List<Table> tables,
        Map<String, Long> sequences) {

    public static final String FORMAT = "gevinst-installation-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";

    public BackupManifest {
        tables = List.copyOf(tables);
        // Kept in order and with its nulls (a sequence never used), which Map.copyOf would refuse.
        sequences = Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    /** One table: its rows are in the entry {@code tables/<name>.copy}, in PostgreSQL's COPY text format. */
    public record Table(String name, List<String> columns, long rows) {

        public Table {
            columns = List.copyOf(columns);
        }

        public String entry() {
            return "tables/" + name + ".copy";
        }
    }
}
