package no.gevinst.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.gevinst.backup.domain.BackupFiles;
import no.gevinst.backup.domain.BackupManifest;
import no.gevinst.backup.domain.BackupRefusedException;
import no.gevinst.backup.domain.InstallationBackup;
import no.gevinst.backup.domain.InstallationRestore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code --backup=FILE} and {@code --restore=FILE [--restore-replace]} on Gevinst's own command line: the
 * application starts listening on no port and without the demo, does the one thing, and stops. A backup is
 * written to a temporary file beside the target and moved into place only when complete, so a failed backup
 * never leaves a file that looks whole.
 */
public final class InstallationCommand {

    private static final String BACKUP = "--backup=";
    private static final String RESTORE = "--restore=";
    private static final String REPLACE = "--restore-replace";

    private final boolean backup;
    private final Path file;
    private final boolean replace;
    private final List<String> passOn;

    private InstallationCommand(boolean backup, Path file, boolean replace, List<String> passOn) {
        this.backup = backup;
        this.file = file;
        this.replace = replace;
        this.passOn = passOn;
    }

    /** The command the arguments ask for, if any; the other arguments are passed on to Spring. */
    public static Optional<InstallationCommand> from(String... args) {
        Optional<String> command = Arrays.stream(args)
                .filter(a -> a.startsWith(BACKUP) || a.startsWith(RESTORE))
                .findFirst();
        List<String> passOn = Arrays.stream(args)
                .filter(a -> !a.startsWith(BACKUP) && !a.startsWith(RESTORE) && !a.equals(REPLACE))
                .toList();
        boolean replace = Arrays.asList(args).contains(REPLACE);
        return command.map(c -> new InstallationCommand(
                c.startsWith(BACKUP), Path.of(c.substring(c.indexOf('=') + 1)).toAbsolutePath(), replace, passOn));
    }

    /** Runs the command; answers the process's exit status (0 done, 1 refused or failed, with the reason printed). */
    public int run(Class<?> application, PrintStream out) {
        try {
            if (backup) {
                return backUp(application, out);
            }
            return restore(application, out);
        } catch (IOException | RuntimeException e) {
            // A refusal says what to do; a failure deep in the start (a data directory in use) says it at its root.
            out.println("Gevinst: " + (backup ? "backup" : "restore") + " failed: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return 1;
        }
    }

    private int backUp(Class<?> application, PrintStream out) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (ConfigurableApplicationContext context = start(application, List.of());
                OutputStream stream = Files.newOutputStream(partial)) {
            BackupManifest manifest = context.getBean(InstallationBackup.class).writeTo(stream);
            stream.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf(
                    "Gevinst: backed up %d tables, %d rows (schema version %s) to %s%n",
                    manifest.tables().size(), manifest.rows(), manifest.schemaVersion(), file);
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private int restore(Class<?> application, PrintStream out) {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("There is no file " + file);
        }
        // The schema is brought to the backup's version first, so the rows fit; the next start migrates onwards.
        String version = BackupFiles.manifestOf(file).schemaVersion();
        try (ConfigurableApplicationContext context =
                start(application, List.of("--spring.flyway.target=" + version))) {
            BackupManifest manifest = context.getBean(InstallationRestore.class).restore(file, replace);
            out.printf(
                    "Gevinst: restored %d tables, %d rows (schema version %s) from %s; start Gevinst as usual%n",
                    manifest.tables().size(), manifest.rows(), manifest.schemaVersion(), file);
            return 0;
        }
    }

    private ConfigurableApplicationContext start(Class<?> application, List<String> extra) {
        List<String> args = new ArrayList<>(passOn);
        args.addAll(extra);
        // The whole application, for its database settings, but listening on no port: port -1 opens none.
        args.addAll(List.of(
                "--server.port=-1",
                "--gevinst.demo=false",
                "--gevinst.warm-up=false",
                "--spring.main.banner-mode=off"));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }
}
