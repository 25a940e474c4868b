package no.gevinst.portfolio.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The names of the organisations the programmes' registers name, as the current user may see them. A reading that
 * keeps programmes' parts keeps each programme's names for the user ({@link Reading#keptOfRegisters}) under its
 * register's generation (an organisation renamed, or a role or party changed, moves the generation of the tables no
 * programme's rows are in, and with it every programme's): after a measurement nothing is looked up, after a register
 * edit the edited programme's names alone. Any other reading looks them all up at once.
 */
@Component
class OrganisationNames {

    private final Organisations organisations;
    private final AccessPolicy access;

    OrganisationNames(Organisations organisations, AccessPolicy access) {
        this.organisations = organisations;
        this.access = access;
    }

    /** Whose rights the names are looked up under: which organisations one may see follows from the user alone. */
    record Scope(String username, List<RoleAssignment> roles) {}

    /**
     * The names of the organisations {@code named} gives for each programme, merged.
     *
     * @param kind what the names are for: each kind is kept apart
     */
    Map<OrganisationId, String> of(
            String kind, List<Programme> programmes, Function<Programme, Set<OrganisationId>> named, Reading reading) {
        if (!reading.sharesParts()) {
            Set<OrganisationId> all = new HashSet<>();
            programmes.forEach(p -> all.addAll(named.apply(p)));
            return lookUp(all);
        }
        Scope scope = scope();
        Map<OrganisationId, String> names = new HashMap<>();
        for (Programme p : programmes) {
            names.putAll(reading.keptOfRegisters(kind, List.of(p), scope, () -> lookUp(named.apply(p))));
        }
        return Map.copyOf(names);
    }

    private Scope scope() {
        CurrentUser user = access.currentUser().orElse(null);
        return user == null ? new Scope(null, List.of()) : new Scope(user.username(), user.roles());
    }

    private Map<OrganisationId, String> lookUp(Set<OrganisationId> ids) {
        Map<OrganisationId, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        }
        return Map.copyOf(names);
    }
}
