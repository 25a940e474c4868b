package no.gevinst.token.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/** Roles as people read them: the role with the organisation's name and, where it is one, the programme's. */
@Component
class ScopeLabels {

    /**
     * One role held somewhere, named.
     *
     * @param value the role as a form's checkbox sends it, {@code ROLE|organisation|programme}
     */
    record Label(
            Role role,
            OrganisationId organisationId,
            String organisation,
            ProgrammeId programmeId,
            String programme,
            String value) {}

    private final Organisations organisations;
    private final Programmes programmes;

    ScopeLabels(Organisations organisations, Programmes programmes) {
        this.organisations = organisations;
        this.programmes = programmes;
    }

    List<Label> of(Collection<RoleAssignment> roles) {
        return names(roles).label(roles);
    }

    /** The names of every organisation and programme the roles mention, read once. */
    Names names(Collection<RoleAssignment> roles) {
        var organisationIds = roles.stream()
                .map(RoleAssignment::organisation)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<OrganisationId, String> organisationNames = organisationIds.isEmpty()
                ? Map.of()
                : organisations.findAll(organisationIds).stream()
                        .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<ProgrammeId, String> programmeNames = new HashMap<>();
        roles.stream()
                .map(RoleAssignment::programme)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> programmes.find(id).map(Programme::name).ifPresent(n -> programmeNames.put(id, n)));
        return new Names(organisationNames, programmeNames);
    }

    /** Names found for a set of roles; an organisation the reader may not see is shown by its id. */
    record Names(Map<OrganisationId, String> organisations, Map<ProgrammeId, String> programmes) {

        List<Label> label(Collection<RoleAssignment> roles) {
            return roles.stream().map(this::label).toList();
        }

        Label label(RoleAssignment role) {
            OrganisationId organisation = role.organisation();
            ProgrammeId programme = role.programme();
            return new Label(
                    role.role(),
                    organisation,
                    organisation == null ? null : organisations.getOrDefault(organisation, organisation.toString()),
                    programme,
                    programme == null ? null : programmes.getOrDefault(programme, programme.toString()),
                    value(role));
        }
    }

    /** The checkbox value of a role. */
    static String value(RoleAssignment role) {
        return role.role().name() + "|" + (role.organisation() == null ? "" : role.organisation()) + "|"
                + (role.programme() == null ? "" : role.programme());
    }

    /** A checkbox value read back; a value that is no role gives a scope whose role the service refuses. */
    static no.gevinst.access.ApiTokenInput.Scope scope(String value) {
        String[] parts = (value == null ? "" : value).split("\\|", -1);
        return new no.gevinst.access.ApiTokenInput.Scope(
                parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
    }
}
