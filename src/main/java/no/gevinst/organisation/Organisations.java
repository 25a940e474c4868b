package no.gevinst.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.shared.OrganisationId;

/**
 * The organisations of Gevinst, for pages, the API and other modules. A user sees those the user's programmes
 * involve and the user's own; coordinators see every one, to choose new parties from; administrators see all.
 */
public interface Organisations {

    /**
     * Each unit with itself and the organisations above it, nearest first, whoever may see them: the keys that tie
     * units together (a clinic goes live with its trust), in one recursive query for any number of units. A unit not
     * found is left out.
     */
    Map<OrganisationId, List<OrganisationId>> withAncestors(Collection<OrganisationId> units);

    /** The units and every organisation below them, whoever may see them, in one recursive query. */
    Set<OrganisationId> withDescendants(Collection<OrganisationId> units);

    /** All organisations, by name. */
    List<Organisation> all();

    /** Organisations whose name or number contains the text, by name. */
    List<Organisation> search(String text);

    Optional<Organisation> find(OrganisationId id);

    /** The organisations with these ids that exist, by name. */
    List<Organisation> findAll(Collection<OrganisationId> ids);

    /**
     * The organisations the user sees that are one of the roots or lie under one (a programme's owner and parties
     * with every unit under them), by name: those a programme's records may name.
     */
    default List<Organisation> withUnitsUnder(Collection<OrganisationId> roots) {
        List<Organisation> all = all();
        Map<OrganisationId, Organisation> byId =
                all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<OrganisationId> rootIds = new HashSet<>(roots);
        return all.stream()
                .filter(o -> under(o, rootIds, byId))
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    private static boolean under(Organisation o, Set<OrganisationId> roots, Map<OrganisationId, Organisation> byId) {
        Set<OrganisationId> seen = new HashSet<>();
        for (Organisation at = o; at != null && seen.add(at.id()); at = byId.get(at.parent())) {
            if (roots.contains(at.id())) {
                return true;
            }
            if (at.parent() == null) {
                return false;
            }
        }
        return false;
    }

    /** Creates an organisation; administrators only. */
    Organisation create(OrganisationInput input);

    /** Changes an organisation that is still at the expected version; administrators only. */
    Organisation update(OrganisationId id, OrganisationInput input, long expectedVersion);
}
