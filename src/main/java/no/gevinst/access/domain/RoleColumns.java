package no.gevinst.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;

/**
 * A role as the tables that hold one keep it (role_assignment, api_token_scope): the role by name and the
 * organisation and programme it is held in, either of them empty. Every repository that writes or reads a role
 * does it through here, so that a role is kept the same way wherever it is granted.
 */
final class RoleColumns {

    private RoleColumns() {}

    /** The parameters {@code :role}, {@code :organisation} and {@code :programme}, for {@code params(…)}. */
    static Map<String, @Nullable Object> of(RoleAssignment role) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        columns.put("role", role.role().name());
        columns.put(
                "organisation",
                role.organisation() == null ? null : role.organisation().value());
        columns.put(
                "programme", role.programme() == null ? null : role.programme().value());
        return columns;
    }

    /** The role on the current row, from its columns {@code role}, {@code organisation_id} and {@code programme_id}. */
    static RoleAssignment read(ResultSet rs) throws SQLException {
        UUID organisation = rs.getObject("organisation_id", UUID.class);
        UUID programme = rs.getObject("programme_id", UUID.class);
        return new RoleAssignment(
                Role.valueOf(rs.getString("role")),
                organisation == null ? null : new OrganisationId(organisation),
                programme == null ? null : new ProgrammeId(programme));
    }
}
