package no.gevinst.benefit.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/** The columns of one benefit row as read, waiting for its lists; and a benefit's columns as written. */
final class BenefitRow {

    final UUID id;
    private final Map<String, Object> columns = new HashMap<>();

    BenefitRow(ResultSet rs) throws SQLException {
        this.id = rs.getObject("id", UUID.class);
        for (String c : List.of("programme_id", "area_id", "owner_id", "responsible_id")) {
            columns.put(c, rs.getObject(c, UUID.class));
        }
        for (String c : List.of(
                "code",
                "title",
                "description",
                "observable_outcome",
                "attribution",
                "kind",
                "benefit_class",
                "units",
                "priority",
                "priority_rationale",
                "status",
                "abandon_reason")) {
            columns.put(c, rs.getString(c));
        }
        columns.put("expected_start", date(rs.getDate("expected_start")));
        columns.put("full_effect", date(rs.getDate("full_effect")));
        columns.put("prerequisites", strings(rs.getArray("prerequisites")));
        columns.put("evidence_links", strings(rs.getArray("evidence_links")));
        columns.put("updated_at", rs.getTimestamp("updated_at").toInstant());
        columns.put("version", rs.getLong("version"));
    }

    @SuppressWarnings("unchecked")
    Benefit toBenefit(
            List<FrameworkItemId> priorityAreas,
            List<ObjectiveId> objectives,
            List<Allocation> allocations,
            List<OrganisationId> investors) {
        return new Benefit(
                new BenefitId(id),
                new ProgrammeId(uuid("programme_id")),
                text("code"),
                text("title"),
                text("description"),
                text("observable_outcome"),
                text("attribution"),
                BenefitKind.valueOf(text("kind")),
                uuid("area_id") == null ? null : new FrameworkItemId(uuid("area_id")),
                priorityAreas,
                BenefitClass.valueOf(text("benefit_class")),
                objectives,
                allocations,
                investors,
                uuid("owner_id") == null ? null : new PersonId(uuid("owner_id")),
                uuid("responsible_id") == null ? null : new PersonId(uuid("responsible_id")),
                text("units"),
                (LocalDate) columns.get("expected_start"),
                (LocalDate) columns.get("full_effect"),
                Priority.valueOf(text("priority")),
                text("priority_rationale"),
                (List<String>) columns.get("prerequisites"),
                (List<String>) columns.get("evidence_links"),
                BenefitStatus.valueOf(text("status")),
                text("abandon_reason"),
                (java.time.Instant) columns.get("updated_at"),
                (Long) columns.get("version"));
    }

    private UUID uuid(String column) {
        return (UUID) columns.get(column);
    }

    private String text(String column) {
        return (String) columns.get(column);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static BenefitRow map(ResultSet rs, int rowNum) throws SQLException {
        return new BenefitRow(rs);
    }

    /** The benefit's own columns, as the repository's insert and update name them. */
    static Map<String, Object> columns(Benefit b) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", b.id().value());
        p.put("programme", b.programme().value());
        p.put("code", b.code());
        p.put("title", b.title());
        p.put("description", b.description());
        p.put("outcome", b.observableOutcome());
        p.put("attribution", b.attribution());
        p.put("kind", b.kind().name());
        p.put("area", value(b.area(), FrameworkItemId::value));
        p.put("class", b.benefitClass().name());
        p.put("owner", value(b.owner(), PersonId::value));
        p.put("responsible", value(b.responsible(), PersonId::value));
        p.put("units", b.units());
        p.put("start", b.expectedStart());
        p.put("fullEffect", b.fullEffect());
        p.put("priority", b.priority().name());
        p.put("rationale", b.priorityRationale());
        p.put("prerequisites", b.prerequisites().toArray(String[]::new));
        p.put("evidence", b.evidenceLinks().toArray(String[]::new));
        p.put("status", b.status().name());
        p.put("reason", b.abandonReason());
        p.put("version", b.version());
        return p;
    }

    private static <T> UUID value(T id, Function<T, UUID> value) {
        return id == null ? null : value.apply(id);
    }
}
