package no.gevinst.transfer.domain;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.gevinst.access.AccessPolicy;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.audit.AuditTransfer;
import no.gevinst.indicator.IndicatorTransfer;
import no.gevinst.organisation.OrganisationTransfer;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a programme as one JSON document straight to the response (issue 20): each module's part as it reads it,
 * the measurements row by row from a cursor, and last the organisations and people the rows refer to, which are
 * only known once the rows are written. Nothing is held twice; the measurements are never all in memory.
 */
@Service
public class ProgrammeExporter {

    private final Programmes programmes;
    private final OrganisationTransfer directory;
    private final ModuleParts parts;
    private final IndicatorTransfer indicators;
    private final AuditTransfer audit;
    private final AuditLog auditLog;
    private final AccessPolicy access;
    private final JsonMapper json;

    ProgrammeExporter(
            Programmes programmes,
            OrganisationTransfer directory,
            ModuleParts parts,
            IndicatorTransfer indicators,
            AuditTransfer audit,
            AuditLog auditLog,
            AccessPolicy access,
            JsonMapper json) {
        this.programmes = programmes;
        this.directory = directory;
        this.parts = parts;
        this.indicators = indicators;
        this.audit = audit;
        this.auditLog = auditLog;
        this.access = access;
        this.json = json;
    }

    /** The programme, if the current user may export it (its coordinators and administrators). */
    public Programme exportable(ProgrammeId id) {
        Programme programme = programmes.require(id);
        if (!programmes.canCoordinate(id)) {
            throw new AccessDeniedException("Only the programme's coordinators export it");
        }
        return programme;
    }

    /** Writes the document; its audit entries only for administrators. */
    @Transactional
    public void export(ProgrammeId id, OutputStream out) {
        Programme programme = exportable(id);
        boolean withAudit = access.isAdministrator();
        References references = new References();
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            writeHeading(gen, programme);
            writeParts(gen, id, references);
            writeMeasurements(gen, id, references);
            if (withAudit) {
                gen.writeName("audit");
                gen.writePOJO(audit.exportOf(id).tables());
            }
            List<Map<String, Object>> persons = people(references);
            writeOrganisations(gen, references);
            gen.writeName("people");
            gen.writePOJO(persons);
            gen.writeEndObject();
        }
        auditLog.record(AuditScope.of(id), "programme", id.value(), "export", null, Map.of("audit", withAudit));
    }

    private static void writeHeading(JsonGenerator gen, Programme programme) {
        gen.writeStringProperty("$schema", ExportFormat.SCHEMA_PATH);
        gen.writeStringProperty("format", ExportFormat.NAME);
        gen.writeNumberProperty("formatVersion", ExportFormat.VERSION);
        gen.writeStringProperty(
                "exportedAt",
                java.time.OffsetDateTime.now(NorwegianTime.clock())
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        gen.writeName("programme");
        gen.writePOJO(
                Map.of("id", programme.id().value().toString(), "code", programme.code(), "name", programme.name()));
    }

    /** Each module's part, table by table. */
    private void writeParts(JsonGenerator gen, ProgrammeId id, References references) {
        gen.writeName("parts");
        gen.writeStartObject();
        parts.all().forEach((name, tables) -> {
            gen.writeName(name);
            var part = tables.exportOf(id);
            part.tables().values().forEach(rows -> rows.forEach(references::collect));
            gen.writePOJO(part.tables());
        });
        gen.writeEndObject();
    }

    /** The measurements row by row from a cursor. */
    private void writeMeasurements(JsonGenerator gen, ProgrammeId id, References references) {
        gen.writeName("measurements");
        gen.writeStartArray();
        indicators.measurementsOf(id, row -> {
            references.collect(row);
            gen.writePOJO(row);
        });
        gen.writeEndArray();
    }

    private void writeOrganisations(JsonGenerator gen, References references) {
        gen.writeName("organisations");
        gen.writePOJO(directory.organisations(references.ids));
    }

    /** The people the rows refer to; their organisations join the references, so that they are named too. */
    private List<Map<String, Object>> people(References references) {
        List<Map<String, Object>> rows = directory.people(references.ids);
        rows.forEach(p -> references.ids.add(UUID.fromString((String) p.get("organisationId"))));
        return rows;
    }

    /** The ids the rows refer to (not their own), among which are the organisations and people to name. */
    private static final class References {

        private final Set<UUID> ids = new HashSet<>();

        void collect(Map<String, Object> row) {
            row.forEach((column, value) -> {
                if (!column.equals("id")) {
                    add(value);
                }
            });
        }

        /** A text that is an id, or a list of them (an improvement item's organisations). */
        private void add(Object value) {
            if (value instanceof List<?> list) {
                list.forEach(this::add);
            } else if (value instanceof String text && text.length() == 36) {
                try {
                    ids.add(UUID.fromString(text));
                } catch (IllegalArgumentException notAnId) {
                    // A text of an id's length that is none.
                }
            }
        }
    }
}
