package no.gevinst.audit;

import java.io.Writer;

/**
 * The audit log as a searchable record, for administrators (everything) and coordinators (the entries of their
 * programmes). Every search and export is itself recorded in the audit log, before anything is shown.
 */
public interface AuditSearch {

    /** What the current user may read; pages offer the search by it. */
    AuditReadership readership();

    /** One page of the entries the current user may read that match, newest first; refused for others. */
    AuditPage search(AuditQuery query, String format);

    /** Every entry the current user may read that matches, newest first, as CSV; the page size is ignored. */
    void exportCsv(AuditQuery query, Writer out);

    /** The kinds of record the audit log holds entries of, for the search form. */
    java.util.List<String> entityTypes();
}
