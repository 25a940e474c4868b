package no.gevinst.access.domain;

import java.util.Optional;
import no.gevinst.access.Role;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Violations;

/**
 * The user list's search: a text in the name, user name or e-mail, a role, an organisation the role is held in,
 * and the account's state. Each may be left out.
 */
public record UserFilter(String text, Role role, OrganisationId organisation, UserState state) {

    public static final UserFilter ALL = new UserFilter("", null, null, null);

    public UserFilter {
        text = text == null ? "" : text.strip();
    }

    /** The filter as a request gives it, naming each parameter that is not what it should be. */
    public static UserFilter parse(String q, String role, String organisation, String state) {
        Violations violations = new Violations();
        Inputs.check("q", q, violations);
        Role chosenRole = chosen(role, Role.class, "role", violations);
        UserState chosenState = chosen(state, UserState.class, "state", violations);
        OrganisationId chosenOrganisation = null;
        if (!Inputs.text(organisation).isEmpty()) {
            Optional<OrganisationId> id = Ids.parse(organisation, OrganisationId::new);
            if (id.isEmpty()) {
                violations.add("organisation", "value.invalid");
            }
            chosenOrganisation = id.orElse(null);
        }
        violations.throwIfAny();
        return new UserFilter(q, chosenRole, chosenOrganisation, chosenState);
    }

    private static <E extends Enum<E>> E chosen(String text, Class<E> type, String field, Violations violations) {
        if (Inputs.text(text).isEmpty()) {
            return null;
        }
        Optional<E> value = Inputs.choice(text, type);
        if (value.isEmpty()) {
            violations.add(field, "value.invalid");
        }
        return value.orElse(null);
    }

    boolean matches(UserAccount account) {
        if (state != null && account.state() != state) {
            return false;
        }
        if (role == null && organisation == null) {
            return true;
        }
        return account.grants().stream()
                .anyMatch(g -> (role == null || g.role() == role)
                        && (organisation == null || organisation.equals(g.organisation())));
    }
}
