package no.gevinst.golive.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The organisations a programme's waves may name: its owner and parties, and the units under them (an organisation
 * with a parent is a unit of it: a clinic of a hospital trust, an HF of its RHF). Read from the organisation
 * module's hierarchy as the current user sees it.
 */
@Component
class ProgrammeUnits {

    /** Deeper than any real hierarchy; stops a walk up a hierarchy that someone managed to make circular. */
    static final int MAX_DEPTH = 20;

    private final Organisations organisations;

    ProgrammeUnits(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The owner, the parties and every unit under them, by name. */
    List<Organisation> of(Programme programme) {
        Set<OrganisationId> parties = Set.copyOf(programme.organisations());
        List<Organisation> all = organisations.all();
        Map<OrganisationId, Organisation> byId =
                all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return all.stream()
                .filter(o -> ancestry(o.id(), byId).stream().anyMatch(parties::contains))
                .toList();
    }

    /** The organisation and those above it, itself first, as far as the user sees them. */
    static List<OrganisationId> ancestry(OrganisationId start, Map<OrganisationId, Organisation> byId) {
        List<OrganisationId> up = new ArrayList<>();
        Set<OrganisationId> seen = new HashSet<>();
        OrganisationId current = start;
        while (current != null && up.size() < MAX_DEPTH && seen.add(current)) {
            up.add(current);
            current = Optional.ofNullable(byId.get(current))
                    .map(Organisation::parent)
                    .orElse(null);
        }
        return up;
    }

    /** The organisations the user sees, by id, for walking up from a unit. */
    Map<OrganisationId, Organisation> visibleById() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
