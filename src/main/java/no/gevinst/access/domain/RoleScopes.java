package no.gevinst.access.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Violations;

/** Reads the roles a token or a service account is asked for, and decides which held roles cover which. */
final class RoleScopes {

    /** More roles than anyone holds in practice; a longer list is a mistake or an attack. */
    static final int MAX = 50;

    private RoleScopes() {}

    /**
     * The roles sent, in their order, each named at {@code field[i]} when it does not parse (and null in the list
     * then, so that later checks name the same index). At least one is required.
     */
    static List<RoleAssignment> parse(List<ApiTokenInput.Scope> sent, String field, Violations violations) {
        if (sent == null || sent.isEmpty()) {
            violations.add(field, "tokens.scopes.required");
            return List.of();
        }
        if (sent.size() > MAX) {
            violations.add(field, "tokens.scopes.tooMany", MAX);
            return List.of();
        }
        List<RoleAssignment> parsed = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            ApiTokenInput.Scope scope = sent.get(i);
            String at = field + "[" + i + "]";
            if (scope == null) {
                violations.add(at, "tokens.scope.role");
                parsed.add(null);
                continue;
            }
            Optional<Role> role = Inputs.choice(scope.role(), Role.class);
            if (role.isEmpty()) {
                violations.add(at + ".role", "tokens.scope.role");
            }
            Optional<OrganisationId> organisation = id(scope.organisationId(), at + ".organisationId", violations);
            Optional<ProgrammeId> programme = programme(scope.programmeId(), at + ".programmeId", violations);
            parsed.add(
                    role.isPresent() && organisation != null && programme != null
                            ? new RoleAssignment(role.get(), organisation.orElse(null), programme.orElse(null))
                            : null);
        }
        return parsed;
    }

    /** Empty when blank, null (and a violation) when it is no id. */
    private static Optional<OrganisationId> id(String text, String field, Violations violations) {
        if (Inputs.text(text).isEmpty()) {
            return Optional.empty();
        }
        Optional<OrganisationId> id = Ids.parse(text, OrganisationId::new);
        if (id.isEmpty()) {
            violations.add(field, "value.invalid");
            return null;
        }
        return id;
    }

    private static Optional<ProgrammeId> programme(String text, String field, Violations violations) {
        if (Inputs.text(text).isEmpty()) {
            return Optional.empty();
        }
        Optional<ProgrammeId> id = Ids.parse(text, ProgrammeId::new);
        if (id.isEmpty()) {
            violations.add(field, "value.invalid");
            return null;
        }
        return id;
    }

    /**
     * True when a held role gives at least what the scope asks: the same role everywhere, or in the same organisation
     * for every programme or for the scope's programme.
     */
    static boolean covers(RoleAssignment held, RoleAssignment scope) {
        if (held.role() != scope.role()) {
            return false;
        }
        if (held.isEverywhere()) {
            return true;
        }
        return Objects.equals(held.organisation(), scope.organisation())
                && (held.programme() == null || held.programme().equals(scope.programme()));
    }

    /** The roles parsed, each once. */
    static List<RoleAssignment> distinct(List<RoleAssignment> parsed) {
        return new ArrayList<>(
                new LinkedHashSet<>(parsed.stream().filter(Objects::nonNull).toList()));
    }

    static boolean coveredBy(Collection<RoleAssignment> held, RoleAssignment scope) {
        return held.stream().anyMatch(h -> covers(h, scope));
    }

    /** The scopes the held roles still cover: what a token gives once a role has been withdrawn from its user. */
    static List<RoleAssignment> stillHeld(Collection<RoleAssignment> scopes, Collection<RoleAssignment> held) {
        return scopes.stream().filter(s -> coveredBy(held, s)).toList();
    }
}
