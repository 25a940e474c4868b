package no.gevinst.access;

import java.util.Collection;
import java.util.List;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user with the roles held, as kept in the (database-stored) session. */
public record CurrentUser(
        UserId id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        List<RoleAssignment> roles)
        implements UserDetails {

    public CurrentUser {
        roles = List.copyOf(roles);
    }

    /** True when the user holds the role in the organisation, or everywhere. */
    public boolean holds(Role role, OrganisationId organisation) {
        return roles.stream().anyMatch(r -> r.grants(role, organisation));
    }

    /**
     * True when the user holds the role in the organisation for work in the programme: an assignment in the
     * organisation for every programme, one in it for this programme in particular, or one everywhere.
     */
    public boolean holdsFor(Role role, OrganisationId organisation, ProgrammeId programme) {
        return roles.stream().anyMatch(r -> r.grantsFor(role, organisation, programme));
    }

    /** True when the user holds the role in any of the organisations for work in the programme. */
    public boolean holdsInAny(Role role, java.util.Collection<OrganisationId> organisations, ProgrammeId programme) {
        return organisations.stream().anyMatch(o -> holdsFor(role, o, programme));
    }

    /** True when the user holds the role somewhere, in whatever organisation or programme. */
    public boolean holdsAnywhere(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role);
    }

    /** True when the user holds the role in every organisation. */
    public boolean holdsEverywhere(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role && r.isEverywhere());
    }

    /** The organisations the user holds a role in, without the "everywhere" assignments. */
    public List<OrganisationId> organisations() {
        return roles.stream()
                .map(RoleAssignment::organisation)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** True when the user holds the role for this programme in particular. */
    public boolean holdsInProgramme(Role role, ProgrammeId programme) {
        return roles.stream().anyMatch(r -> r.role() == role && programme.equals(r.programme()));
    }

    /** The programmes the user holds a role for in particular. */
    public List<ProgrammeId> programmes() {
        return roles.stream()
                .map(RoleAssignment::programme)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.role().name()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never lets the hash leak into logs or the audit trail. */
    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
