package no.gevinst.backup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest inside a backup file, read and written the same way whether Spring runs or not: the restore
 * command checks the file before it starts anything.
 */
public final class BackupFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFiles() {}

    public static BackupManifest manifestOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return manifestOf(zip);
        } catch (IOException e) {
            throw new BackupRefusedException(file + " is not a Gevinst backup (not a readable ZIP file)");
        }
    }

    static BackupManifest manifestOf(ZipFile zip) {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefusedException(
                    zip.getName() + " is not a Gevinst backup (it has no " + BackupManifest.ENTRY + ")");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (IOException | JacksonException e) {
            throw new BackupRefusedException("The manifest of " + zip.getName() + " cannot be read: " + e.getMessage());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())
                || manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw new BackupRefusedException("This Gevinst reads backups in format " + BackupManifest.FORMAT
                    + " version " + BackupManifest.FORMAT_VERSION + "; the file is " + manifest.format()
                    + " version " + manifest.formatVersion());
        }
        return manifest;
    }

    static byte[] bytesOf(BackupManifest manifest) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }
}
