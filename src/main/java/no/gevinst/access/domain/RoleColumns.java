package no.gevinst.access.domain;

import java.util.HashMap;
import java.util.Map;
import no.gevinst.access.RoleAssignment;
import org.jspecify.annotations.Nullable;

/**
 * A role as the tables that hold one keep it (role_assignment, api_token_scope): the role by name and the
 * organisation and programme it is held in, either of them empty. Every repository that writes a role binds these
 * three parameters from here, so that a role is written the same way wherever it is granted.
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
}
