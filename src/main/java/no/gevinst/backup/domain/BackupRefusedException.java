package no.gevinst.backup.domain;

/** A backup or restore that cannot be done as asked; its message says why and what to do instead. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
