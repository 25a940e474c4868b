package no.gevinst.transfer.domain;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.Role;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.audit.AuditTransfer;
import no.gevinst.indicator.IndicatorTransfer;
import no.gevinst.organisation.OrganisationTransfer;
import no.gevinst.shared.ImportProblem;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammePart;
import no.gevinst.transfer.ImportRequest;
import no.gevinst.transfer.ImportResult;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a programme document into this installation in one transaction (issue 20): every problem is collected
 * first and the import refused with all of them; only a document without any is written, and then wholly or not.
 *
 * <p>Importing takes an administrator, or a regional coordinator of the organisation that will own the programme:
 * an import creates a programme across many organisations at once, with their people, plans and decisions, which
 * no coordinator of one programme could set up alone; the regional coordinator answers for the region's work
 * across its trusts (issue 18), so their organisation owning it is the line drawn.
 */
@Service
public class ProgrammeImporter {

    private final ModuleParts parts;
    private final IndicatorTransfer indicators;
    private final AuditTransfer audit;
    private final AuditLog auditLog;
    private final OrganisationTransfer directory;
    private final AccessPolicy access;
    private final CopyNaming naming;
    private final JsonMapper json;

    ProgrammeImporter(
            ModuleParts parts,
            IndicatorTransfer indicators,
            AuditTransfer audit,
            AuditLog auditLog,
            OrganisationTransfer directory,
            AccessPolicy access,
            CopyNaming naming,
            JsonMapper json) {
        this.parts = parts;
        this.indicators = indicators;
        this.audit = audit;
        this.auditLog = auditLog;
        this.directory = directory;
        this.access = access;
        this.naming = naming;
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    @Transactional
    public ImportResult importDocument(InputStream in, ImportRequest request) {
        access.requireAnyRole(Role.ADMINISTRATOR, Role.REGIONAL_KOORDINATOR);
        List<ImportProblem> problems = new ArrayList<>();
        ImportDocument document = new DocumentReader(problems)
                .read(tree(in), parts.all().keySet(), request.measurements(), !request.copy());
        if (document == null) {
            throw refusal(problems);
        }
        IdMapping ids = IdMapping.of(document, directory, problems);
        Map<String, Object> programme = programmeRow(document, problems);
        if (request.copy()) {
            document.parts().values().forEach(p -> ids.renew(p.tables().values()));
            ids.renew(List.of(document.measurements()));
        }
        Map<String, ProgrammePart> mapped = new LinkedHashMap<>();
        document.parts().forEach((name, part) -> mapped.put(name, mapPart(part, ids)));
        List<Map<String, Object>> measurements = ids.apply(document.measurements());
        ProgrammePart auditPart = mapPart(document.audit(), ids);
        if (programme == null) {
            throw refusal(problems);
        }
        ProgrammeId id = new ProgrammeId(UUID.fromString(ids.apply((String) programme.get("id"))));
        naming.adjust(mapped, id, request, problems);
        if (!request.measurements()) {
            naming.forgetMeasuredStatus(mapped);
        }
        mapped.forEach((name, part) -> problems.addAll(parts.all().get(name).problemsOf(part, "$.parts." + name)));
        problems.addAll(indicators.measurementProblems(measurements, "$.measurements"));
        problems.addAll(audit.problemsOf(auditPart, "$.audit"));
        requireRight(mapped);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return write(id, mapped, measurements, auditPart, request);
    }

    private ImportResult write(
            ProgrammeId id,
            Map<String, ProgrammePart> mapped,
            List<Map<String, Object>> measurements,
            ProgrammePart auditPart,
            ImportRequest request) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        mapped.forEach((name, part) -> {
            insert("$.parts." + name, () -> parts.all().get(name).importInto(part, id, request.copy()));
            part.tables().forEach((table, rows) -> counts.put(table, rows.size()));
        });
        insert("$.measurements", () -> indicators.importMeasurements(measurements));
        counts.put("measurement", measurements.size());
        insert("$.audit", () -> audit.importInto(auditPart));
        counts.put("audit_log", auditPart.rows("audit_log").size());
        Map<String, Object> programme =
                mapped.get("programme").rows("programme").getFirst();
        auditLog.record(
                AuditScope.of(id),
                "programme",
                id.value(),
                "import",
                null,
                Map.of("copy", request.copy(), "measurements", request.measurements(), "rows", counts));
        return new ImportResult(id, (String) programme.get("code"), (String) programme.get("name"), counts);
    }

    /** A refusal by the database (a check, a unique key) of rows that looked right, named by where they are. */
    private static void insert(String path, Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            String constraint = Refusals.constraint(e);
            throw new InvalidInputException(List.of(
                    ImportProblem.of(path, "transfer.refused", constraint).asViolation()));
        }
    }

    private void requireRight(Map<String, ProgrammePart> mapped) {
        if (access.isAdministrator()) {
            return;
        }
        ProgrammePart programme = mapped.get("programme");
        Object owner = programme == null || programme.rows("programme").isEmpty()
                ? null
                : programme.rows("programme").getFirst().get("owner_organisation_id");
        if (!(owner instanceof String text)
                || !isUuid(text)
                || !access.may(Role.REGIONAL_KOORDINATOR, OrganisationId.of(text))) {
            throw new AccessDeniedException("Requires the role REGIONAL_KOORDINATOR in the owner organisation");
        }
    }

    private static ProgrammePart mapPart(ProgrammePart part, IdMapping ids) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        part.tables().forEach((table, rows) -> tables.put(table, ids.apply(rows)));
        return new ProgrammePart(tables);
    }

    private static Map<String, Object> programmeRow(ImportDocument document, List<ImportProblem> problems) {
        ProgrammePart part = document.parts().get("programme");
        List<Map<String, Object>> rows = part == null ? List.of() : part.rows("programme");
        if (rows.size() != 1 || !(rows.getFirst().get("id") instanceof String id) || !isUuid(id)) {
            problems.add(ImportProblem.of("$.parts.programme.programme", "transfer.programme.missing"));
            return null;
        }
        return rows.getFirst();
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private JsonNode tree(InputStream in) {
        try {
            return json.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException(
                    List.of(ImportProblem.of("$", "transfer.unreadable").asViolation()));
        }
    }

    private static InvalidInputException refusal(List<ImportProblem> problems) {
        return new InvalidInputException(
                problems.stream().map(ImportProblem::asViolation).toList());
    }
}
