package no.gevinst.network.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NodeKind;
import no.gevinst.shared.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the network's own elements and its links. */
@Repository
class NetworkRepository {

    /** An element as stored; the owner is a person's id, named by the service. */
    record StoredElement(
            UUID id,
            NodeKind kind,
            String label,
            String description,
            UUID owner,
            String status,
            LocalDate plannedDate,
            LocalDate movedDate) {}

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredElement> elements(ProgrammeId programme) {
        return jdbc.sql("SELECT * FROM network_element WHERE programme_id = :p ORDER BY kind, label")
                .param("p", programme.value())
                .query((rs, n) -> new StoredElement(
                        rs.getObject("id", UUID.class),
                        NodeKind.valueOf(rs.getString("kind")),
                        rs.getString("label"),
                        rs.getString("description"),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("status"),
                        date(rs, "planned_date"),
                        date(rs, "moved_date")))
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
                INSERT INTO network_element
                    (id, programme_id, kind, label, description, owner_id, status, planned_date, moved_date)
                VALUES (:id, :p, :kind, :label, :description, :owner, :status, :planned, :moved)
                """)
                .param("id", e.id())
                .param("p", programme.value())
                .param("kind", e.kind().name())
                .param("label", e.label())
                .param("description", e.description())
                .param("owner", e.owner())
                .param("status", e.status())
                .param("planned", e.plannedDate())
                .param("moved", e.movedDate())
                .update();
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

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
