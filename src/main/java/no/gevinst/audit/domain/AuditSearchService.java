package no.gevinst.audit.domain;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.gevinst.audit.ActorNames;
import no.gevinst.audit.AuditPage;
import no.gevinst.audit.AuditQuery;
import no.gevinst.audit.AuditReaders;
import no.gevinst.audit.AuditReadership;
import no.gevinst.audit.AuditScope;
import no.gevinst.audit.AuditSearch;
import no.gevinst.audit.LoggedChange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the audit log for those who may read it, and records every read in it first: what was asked, by whom
 * and how it was taken away (page, JSON or CSV). A read shows only what existed before it was recorded.
 */
@Service
class AuditSearchService implements AuditSearch {

    /** The kind of record a read of the audit log is entered as. */
    static final String READ_ENTITY = "audit_log";

    private static final int EXPORT_CHUNK = 500;

    private final AuditLogQueries queries;
    private final JdbcAuditLog log;
    private final AuditReaders readers;
    private final ActorNames names;
    private final StateFields fields;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;

    AuditSearchService(
            AuditLogQueries queries,
            JdbcAuditLog log,
            AuditReaders readers,
            ActorNames names,
            StateFields fields,
            PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.log = log;
        this.readers = readers;
        this.names = names;
        this.fields = fields;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public AuditReadership readership() {
        return readers.currentReadership();
    }

    @Override
    public AuditPage search(AuditQuery query, String format) {
        AuditReadership readership = required();
        return transactions.execute(status -> {
            long ceiling = recordRead(query, format);
            List<AuditLogQueries.Row> rows = find(query, readership, ceiling, query.size() + 1);
            Long next = rows.size() > query.size()
                    ? rows.get(query.size() - 1).entry().id()
                    : null;
            return new AuditPage(query, shown(rows.subList(0, Math.min(rows.size(), query.size()))), next);
        });
    }

    @Override
    public void exportCsv(AuditQuery query, Writer out) {
        AuditReadership readership = required();
        // Committed before the first line leaves, so that no export goes unrecorded when the download breaks off.
        long ceiling = transactions.execute(status -> recordRead(query, "csv"));
        readOnly.executeWithoutResult(status -> {
            AuditCsv csv = new AuditCsv(out);
            AuditQuery chunk = query.fromStart();
            while (true) {
                List<AuditLogQueries.Row> rows = find(chunk, readership, ceiling, EXPORT_CHUNK);
                csv.write(shown(rows));
                if (rows.size() < EXPORT_CHUNK) {
                    break;
                }
                chunk = chunk.after(rows.getLast().entry().id());
            }
            csv.flush();
        });
    }

    @Override
    public List<String> entityTypes() {
        required();
        return queries.entityTypes();
    }

    private AuditReadership required() {
        AuditReadership readership = readers.currentReadership();
        if (!readership.mayRead()) {
            throw new AccessDeniedException("Reading the audit log requires administrator or coordinator");
        }
        return readership;
    }

    private long recordRead(AuditQuery query, String format) {
        Map<String, Object> read = new java.util.LinkedHashMap<>(query.filters());
        read.put("format", format);
        return log.insert(AuditScope.NONE, READ_ENTITY, "search", "read", null, read);
    }

    private List<AuditLogQueries.Row> find(AuditQuery query, AuditReadership readership, long ceiling, int limit) {
        Set<String> actors = query.actor() == null ? null : names.matching(query.actor());
        boolean nobody = actors != null && actors.isEmpty();
        boolean noProgramme =
                !readership.everything() && readership.programmeIds().isEmpty();
        if (nobody || noProgramme) {
            return List.of();
        }
        return queries.find(query, readership.everything() ? null : readership.programmeIds(), actors, ceiling, limit);
    }

    /** The rows with their actors' full names and their states field by field. */
    private List<LoggedChange> shown(List<AuditLogQueries.Row> rows) {
        Map<String, String> fullNames =
                names.fullNames(rows.stream().map(r -> r.entry().actor()).collect(Collectors.toSet()));
        List<LoggedChange> shown = new ArrayList<>(rows.size());
        for (AuditLogQueries.Row row : rows) {
            var entry = row.entry();
            shown.add(new LoggedChange(
                    entry,
                    fullNames.getOrDefault(entry.actor(), entry.actor()),
                    row.programme(),
                    row.organisation(),
                    fields.side(entry.before(), entry.after())));
        }
        return shown;
    }
}
