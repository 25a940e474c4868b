package no.gevinst.config.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles, generated at its first start and kept in a file beside
 * its data that only the owner of the files may read: whoever can read the data files can read the data anyway,
 * nobody else can log in.
 *
 * @param superuser the password of {@code postgres}, used only to create and convert the roles
 * @param owner the password of the role that owns the schema and runs the migrations
 * @param application the password of the role Gevinst works as
 */
public record EmbeddedCredentials(String superuser, String owner, String application) {

    static final String FILE_NAME = "gevinst-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
    }

    /** The credentials kept for this data directory, if any were written. */
    static Optional<EmbeddedCredentials> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(
                properties.getProperty(DatabaseRoles.SUPERUSER),
                properties.getProperty(DatabaseRoles.OWNER),
                properties.getProperty(DatabaseRoles.APPLICATION)));
    }

    /** Writes the file readable by its owner only (POSIX 600), replacing any earlier one in one move. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Path temporary = dataDirectory.resolve(FILE_NAME + ".new");
        Properties properties = new Properties();
        properties.setProperty(DatabaseRoles.SUPERUSER, superuser);
        properties.setProperty(DatabaseRoles.OWNER, owner);
        properties.setProperty(DatabaseRoles.APPLICATION, application);
        try {
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, "Passwords of the embedded PostgreSQL's roles; keep this file private");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }
}
