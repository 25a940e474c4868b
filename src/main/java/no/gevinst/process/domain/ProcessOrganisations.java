package no.gevinst.process.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** The organisations a programme's processes may span: its owner, its parties and every unit under them. */
@Component
class ProcessOrganisations {

    private final Organisations organisations;

    ProcessOrganisations(Organisations organisations) {
        this.organisations = organisations;
    }

    List<Organisation> of(Programme programme) {
        List<Organisation> all = organisations.all();
        Map<OrganisationId, Organisation> byId =
                all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<OrganisationId> roots = new HashSet<>(programme.organisations());
        return all.stream()
                .filter(o -> under(o, roots, byId))
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
}
