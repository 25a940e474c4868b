package no.gevinst.backup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Loads a backup into an installation whose schema stands at the backup's version, all in one transaction:
 * either every row is back, or the installation is as it was. The installation must hold no programme, so a
 * restore cannot silently replace a region's work; {@code replace} says that this is meant.
 */
@Component
public class InstallationRestore {

    private final InstallationBackup backup;

    InstallationRestore(InstallationBackup backup) {
        this.backup = backup;
    }

    /** Restores the file into this installation and answers what it held. */
    public BackupManifest restore(Path file, boolean replace) {
        try (ZipFile zip = new ZipFile(file.toFile());
                Connection connection = backup.owner().getConnection()) {
            BackupManifest manifest = BackupFiles.manifestOf(zip);
            requireSchemaAt(manifest.schemaVersion());
            connection.setAutoCommit(false);
            try {
                if (!replace) {
                    requireNoProgramme(connection);
                }
                load(zip, manifest, connection);
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupRefusedException(
                    "The restore was refused by the database, nothing was changed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be read; nothing was changed", e);
        }
    }

    private void requireSchemaAt(String version) {
        String here = backup.schemaVersion();
        if (!here.equals(version)) {
            throw new BackupRefusedException("The backup was taken at schema version " + version
                    + ", this installation is at " + here
                    + ": restore into an empty data directory (the command migrates it to the backup's version)");
        }
    }

    private static void requireNoProgramme(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM programme)");
                var rows = statement.executeQuery()) {
            rows.next();
            if (rows.getBoolean(1)) {
                throw new BackupRefusedException("This installation already holds programmes; restore into an empty"
                        + " data directory, or say --restore-replace to replace everything it holds");
            }
        }
    }

    private static void load(ZipFile zip, BackupManifest manifest, Connection connection)
            throws SQLException, IOException {
        List<String> names =
                manifest.tables().stream().map(BackupManifest.Table::name).toList();
        execute(connection, "SET CONSTRAINTS ALL DEFERRED");
        // The rows are restored as they were: no trigger may stamp, count or refuse them (nor the truncation) again.
        triggers(connection, names, "DISABLE");
        // Rows a fresh installation wrote for itself (its first administrator, reference data) give way to the
        // backup's.
        execute(connection, "TRUNCATE " + Identifiers.list(names) + " RESTART IDENTITY");
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables()) {
            loadTable(zip, table, copy);
        }
        // The deferred checks run now: a table's triggers cannot be switched back on while checks on it wait.
        execute(connection, "SET CONSTRAINTS ALL IMMEDIATE");
        triggers(connection, names, "ENABLE");
        setSequences(connection, manifest.sequences());
    }

    private static void loadTable(ZipFile zip, BackupManifest.Table table, org.postgresql.copy.CopyManager copy)
            throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new BackupRefusedException(
                    "The backup lacks the rows of " + table.name() + " (" + table.entry() + ")");
        }
        String name = Identifiers.quote(table.name());
        try (InputStream in = zip.getInputStream(entry)) {
            long rows = copy.copyIn("COPY " + name + " (" + Identifiers.list(table.columns()) + ") FROM STDIN", in);
            if (rows != table.rows()) {
                throw new BackupRefusedException("The backup's " + table.name() + " holds " + rows
                        + " rows where its manifest says " + table.rows());
            }
        }
    }

    private static void triggers(Connection connection, List<String> tables, String what) throws SQLException {
        for (String table : tables) {
            execute(connection, "ALTER TABLE " + Identifiers.quote(table) + " " + what + " TRIGGER USER");
        }
    }

    private static void setSequences(Connection connection, Map<String, Long> sequences) throws SQLException {
        for (var sequence : sequences.entrySet()) {
            try (var statement = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                statement.setString(1, Identifiers.quote(sequence.getKey()));
                statement.setLong(2, sequence.getValue() == null ? 1 : sequence.getValue());
                statement.setBoolean(3, sequence.getValue() != null);
                statement.execute();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
