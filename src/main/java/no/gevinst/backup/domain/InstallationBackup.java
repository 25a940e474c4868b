package no.gevinst.backup.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Writes every row of the installation into one ZIP file: a manifest and one COPY text file per table. All tables
 * are read in one repeatable-read transaction, so the file is one consistent moment of the database even while
 * Gevinst goes on working. It reads as the schema's owner (the role the migrations run as), which may read every
 * table; the file holds everything, password hashes included, and must be kept as safely as the database.
 */
@Component
public class InstallationBackup {

    private final Flyway flyway;

    InstallationBackup(Flyway flyway) {
        this.flyway = flyway;
    }

    /** Writes the backup to the stream (which it leaves open) and answers what it holds. */
    public BackupManifest writeTo(OutputStream out) {
        try (Connection connection = owner().getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            ZipOutputStream zip = new ZipOutputStream(out);
            BackupManifest manifest = writeTables(connection, zip);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(BackupFiles.bytesOf(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written", e);
        }
    }

    private BackupManifest writeTables(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (var table : SchemaTables.inLoadingOrder(connection).entrySet()) {
            BackupManifest.Table entry = new BackupManifest.Table(table.getKey(), table.getValue(), 0);
            zip.putNextEntry(new ZipEntry(entry.entry()));
            // A query rather than the table: COPY TO reads a partitioned table only this way.
            long rows = copy.copyOut(
                    "COPY (SELECT " + Identifiers.list(entry.columns()) + " FROM " + Identifiers.quote(entry.name())
                            + ") TO STDOUT",
                    zip);
            zip.closeEntry();
            tables.add(new BackupManifest.Table(entry.name(), entry.columns(), rows));
        }
        return new BackupManifest(
                BackupManifest.FORMAT,
                BackupManifest.FORMAT_VERSION,
                schemaVersion(),
                Instant.now(),
                tables,
                sequences(connection));
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement(
                        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()"
                                + " ORDER BY sequencename");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                long value = rows.getLong(2);
                sequences.put(rows.getString(1), rows.wasNull() ? null : value);
            }
        }
        return sequences;
    }

    String schemaVersion() {
        var current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new IllegalStateException("The database has no migrations applied: there is nothing to back up");
        }
        return current.getVersion().getVersion();
    }

    DataSource owner() {
        return flyway.getConfiguration().getDataSource();
    }
}
