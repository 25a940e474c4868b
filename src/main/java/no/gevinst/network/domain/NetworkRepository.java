package no.gevinst.network.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.network.ChangeDescription;
import no.gevinst.network.ElementId;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NodeKind;
import no.gevinst.network.OwnedElement;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the network's own elements, their change descriptions and the links. */
@Repository
class NetworkRepository {

    /** An element as stored; the owner is a person's id, named by the service. */
    record StoredElement(
            ElementId id,
            NodeKind kind,
            String label,
            String description,
            UUID owner,
            String release,
            ElementStatus status,
            LocalDate plannedDate,
            LocalDate movedDate,
            ChangeDescription change,
            long version) {}

    private static final String SELECT = """
            SELECT e.*, c.today, c.future, c.process_change, c.technology_change, c.organisation_change,
                   c.organisational_barriers, c.financial_barriers, c.barrier_removal
            FROM network_element e LEFT JOIN change_description c ON c.element_id = e.id
            """;

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises link writes of one programme until the transaction ends: each link is checked against the whole
     * network (duplicates, cycles), which two links added at once could each pass alone.
     */
    void lockLinks(ProgrammeId programme) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('network:' || :p))")
                .param("p", programme.value().toString())
                .query((rs, n) -> 1)
                .list();
    }

    List<StoredElement> elements(ProgrammeId programme) {
        return jdbc.sql(SELECT + "WHERE e.programme_id = :p ORDER BY e.kind, e.label")
                .param("p", programme.value())
                .query((rs, n) -> element(rs))
                .list();
    }

    Optional<StoredElement> element(ProgrammeId programme, ElementId id) {
        return jdbc.sql(SELECT + "WHERE e.programme_id = :p AND e.id = :id")
                .param("p", programme.value())
                .param("id", id.value())
                .query((rs, n) -> element(rs))
                .optional();
    }

    /** The person's unfinished elements in the programmes, soonest due first. */
    List<OwnedElement> openElementsOf(PersonId owner, Collection<ProgrammeId> programmes) {
        return jdbc.sql("""
                        SELECT id, programme_id, kind, label, status, coalesce(moved_date, planned_date) AS due
                        FROM network_element
                        WHERE owner_id = :owner AND programme_id = ANY(:programmes)
                          AND status NOT IN ('DONE', 'CANCELLED')
                        ORDER BY due NULLS LAST, label
                        """)
                .param("owner", owner.value())
                .param("programmes", programmes.stream().map(ProgrammeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new OwnedElement(
                        new ProgrammeId(rs.getObject("programme_id", UUID.class)),
                        new ElementId(rs.getObject("id", UUID.class)),
                        NodeKind.valueOf(rs.getString("kind")),
                        rs.getString("label"),
                        ElementStatus.valueOf(rs.getString("status")),
                        date(rs, "due")))
                .list();
    }

    List<NetworkLink> links(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM network_link WHERE programme_id = :p ORDER BY from_id, to_id")
                .param("p", programme.value())
                .query((rs, n) -> new NetworkLink(
                        rs.getString("from_id"),
                        rs.getString("to_id"),
                        NetworkLink.Kind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("share_percent"),
                        rs.getInt("lag_months")))
                .list();
    }

    void insert(ProgrammeId programme, StoredElement e) {
        jdbc.sql("""
                INSERT INTO network_element (id, programme_id, kind, label, description, owner_id, release, status,
                                             planned_date, moved_date)
                VALUES (:id, :p, :kind, :label, :description, :owner, :release, :status, :planned, :moved)
                """)
                .param("p", programme.value())
                .param("kind", e.kind().name())
                .params(fields(e))
                .update();
        saveChange(e);
    }

    /**
     * Writes the element if it still has the version read.
     *
     * @return false when someone else changed or removed it first: nothing was written
     */
    boolean update(ProgrammeId programme, StoredElement e, long expectedVersion) {
        int updated = jdbc.sql("""
                UPDATE network_element SET label = :label, description = :description, owner_id = :owner,
                       release = :release, status = :status, planned_date = :planned, moved_date = :moved,
                       version = version + 1
                WHERE programme_id = :p AND id = :id AND version = :expected
                """)
                .param("p", programme.value())
                .param("expected", expectedVersion)
                .params(fields(e))
                .update();
        if (updated == 1) {
            saveChange(e);
        }
        return updated == 1;
    }

    /**
     * Removes the element, if it still has the version read, and every link to or from it; its change description
     * goes with it by cascade.
     *
     * @return false when someone else changed or removed it first: nothing was removed
     */
    boolean delete(ProgrammeId programme, ElementId id, long expectedVersion) {
        int deleted = jdbc.sql("DELETE FROM network_element WHERE programme_id = :p AND id = :id AND version = :v")
                .param("p", programme.value())
                .param("id", id.value())
                .param("v", expectedVersion)
                .update();
        if (deleted == 1) {
            jdbc.sql("DELETE FROM network_link WHERE programme_id = :p AND (from_id = :id OR to_id = :id)")
                    .param("p", programme.value())
                    .param("id", id.value())
                    .update();
        }
        return deleted == 1;
    }

    void insert(ProgrammeId programme, NetworkLink link) {
        jdbc.sql("""
                INSERT INTO network_link (id, programme_id, from_id, to_id, kind, share_percent, lag_months)
                VALUES (:id, :p, :from, :to, :kind, :share, :lag)
                """)
                .param("id", UUID.randomUUID())
                .param("p", programme.value())
                .param("from", UUID.fromString(link.from()))
                .param("to", UUID.fromString(link.to()))
                .param("kind", link.kind().name())
                .param("share", link.share())
                .param("lag", link.lagMonths())
                .update();
    }

    /** Whether a stored link was there to remove. */
    boolean deleteLink(ProgrammeId programme, UUID from, UUID to) {
        return jdbc.sql("DELETE FROM network_link WHERE programme_id = :p AND from_id = :from AND to_id = :to")
                        .param("p", programme.value())
                        .param("from", from)
                        .param("to", to)
                        .update()
                > 0;
    }

    private static java.util.Map<String, Object> fields(StoredElement e) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("id", e.id().value());
        fields.put("label", e.label());
        fields.put("description", e.description());
        fields.put("owner", e.owner());
        fields.put("release", e.release());
        fields.put("status", e.status().name());
        fields.put("planned", e.plannedDate());
        fields.put("moved", e.movedDate());
        return fields;
    }

    /** A change keeps one description, replaced as a whole; other kinds keep none. */
    private void saveChange(StoredElement e) {
        jdbc.sql("DELETE FROM change_description WHERE element_id = :id")
                .param("id", e.id().value())
                .update();
        if (!e.kind().isChange() || e.change().isEmpty()) {
            return;
        }
        ChangeDescription c = e.change();
        jdbc.sql("""
                INSERT INTO change_description (element_id, today, future, process_change, technology_change,
                    organisation_change, organisational_barriers, financial_barriers, barrier_removal)
                VALUES (:id, :today, :future, :process, :technology, :organisation, :orgBarriers, :finBarriers,
                        :removal)
                """)
                .param("id", e.id().value())
                .param("today", c.today())
                .param("future", c.future())
                .param("process", c.process())
                .param("technology", c.technology())
                .param("organisation", c.organisation())
                .param("orgBarriers", c.organisationalBarriers())
                .param("finBarriers", c.financialBarriers())
                .param("removal", c.barrierRemoval())
                .update();
    }

    private static StoredElement element(ResultSet rs) throws SQLException {
        ChangeDescription change = rs.getString("today") == null
                ? ChangeDescription.EMPTY
                : new ChangeDescription(
                        rs.getString("today"),
                        rs.getString("future"),
                        rs.getString("process_change"),
                        rs.getString("technology_change"),
                        rs.getString("organisation_change"),
                        rs.getString("organisational_barriers"),
                        rs.getString("financial_barriers"),
                        rs.getString("barrier_removal"));
        return new StoredElement(
                new ElementId(rs.getObject("id", UUID.class)),
                NodeKind.valueOf(rs.getString("kind")),
                rs.getString("label"),
                rs.getString("description"),
                rs.getObject("owner_id", UUID.class),
                rs.getString("release"),
                ElementStatus.valueOf(rs.getString("status")),
                date(rs, "planned_date"),
                date(rs, "moved_date"),
                change,
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
