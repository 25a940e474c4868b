package no.gevinst.audit;

/**
 * Who may read which part of the audit log. The programme module answers, since it knows which programmes a user
 * coordinates; the audit log cannot ask it itself, as every module that writes depends on the audit log.
 */
public interface AuditReaders {

    /** What the current user may read of the audit log. */
    AuditReadership currentReadership();
}
