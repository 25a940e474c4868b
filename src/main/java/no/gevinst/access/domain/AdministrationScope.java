package no.gevinst.access.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.ProgrammeDirectory;
import no.gevinst.access.ProgrammeDirectory.ProgrammeTakingPart;
import no.gevinst.access.Role;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose accounts the current user administers: administrators everyone's; coordinators those holding a role in an
 * organisation taking part in a programme they coordinate (and the pending ones, who hold none yet). The one place
 * pages and API ask it.
 */
@Component
public class AdministrationScope {

    private final AccessPolicy access;
    // Asked lazily: the programme module that answers depends on this module itself.
    private final ObjectProvider<ProgrammeDirectory> directory;

    AdministrationScope(AccessPolicy access, ObjectProvider<ProgrammeDirectory> directory) {
        this.access = access;
        this.directory = directory;
    }

    /** True when the current user administers accounts at all; pages offer the way to them by it. */
    public boolean mayAdminister() {
        return access.holdsAnyRole(Role.GEVINSTKOORDINATOR);
    }

    /** Refuses users who administer no accounts, before anything of their request is read. */
    public void require() {
        if (!mayAdminister()) {
            throw new AccessDeniedException("Requires administering users");
        }
    }

    /** The current user's scope; refused for users who administer no accounts. */
    public Reader reader() {
        if (!mayAdminister()) {
            throw new AccessDeniedException("Requires administering users");
        }
        List<ProgrammeTakingPart> programmes =
                directory.getIfAvailable(() -> EmptyDirectory.INSTANCE).programmes();
        Map<OrganisationId, String> organisations =
                directory.getIfAvailable(() -> EmptyDirectory.INSTANCE).organisationNames();
        return new Reader(
                access.isAdministrator(),
                access.currentUser().map(u -> u.username()).orElseThrow(),
                programmes,
                organisations);
    }

    /** What one reader may see and do, computed once per request. */
    public static final class Reader {

        private final boolean administrator;
        private final String username;
        private final List<ProgrammeTakingPart> programmes;
        private final Map<OrganisationId, String> organisationNames;
        private final Set<ProgrammeId> coordinated = new HashSet<>();
        private final Set<OrganisationId> organisations = new HashSet<>();
        private final Map<OrganisationId, Set<ProgrammeId>> programmesOf = new HashMap<>();

        Reader(
                boolean administrator,
                String username,
                List<ProgrammeTakingPart> programmes,
                Map<OrganisationId, String> organisationNames) {
            this.administrator = administrator;
            this.username = username;
            this.programmes = List.copyOf(programmes);
            this.organisationNames = Map.copyOf(organisationNames);
            for (ProgrammeTakingPart p : programmes) {
                for (OrganisationId o : p.organisations()) {
                    programmesOf.computeIfAbsent(o, k -> new HashSet<>()).add(p.id());
                }
                if (p.coordinated()) {
                    coordinated.add(p.id());
                    organisations.addAll(p.organisations());
                }
            }
        }

        public boolean administrator() {
            return administrator;
        }

        public String username() {
            return username;
        }

        /** The programmes a grant may name: every one for administrators, those coordinated for coordinators. */
        public List<ProgrammeTakingPart> grantableProgrammes() {
            return programmes.stream()
                    .filter(p -> administrator || coordinated.contains(p.id()))
                    .toList();
        }

        /** The organisations a grant may name. */
        public Map<OrganisationId, String> grantableOrganisations() {
            Map<OrganisationId, String> names = new HashMap<>(organisationNames);
            if (!administrator) {
                names.keySet().retainAll(organisations);
            }
            return names;
        }

        public String organisationName(OrganisationId id) {
            return id == null ? null : organisationNames.getOrDefault(id, id.toString());
        }

        public String programmeName(ProgrammeId id) {
            if (id == null) {
                return null;
            }
            return programmes.stream()
                    .filter(p -> p.id().equals(id))
                    .map(ProgrammeTakingPart::name)
                    .findFirst()
                    .orElse(id.toString());
        }

        /** True when the organisation takes part in the programme. */
        public boolean takesPart(OrganisationId organisation, ProgrammeId programme) {
            return programmesOf.getOrDefault(organisation, Set.of()).contains(programme);
        }

        /** True when the reader sees the account: in scope through one of its grants, or pending. */
        public boolean sees(UserAccount account) {
            if (administrator) {
                return true;
            }
            if (account.state() == UserState.PENDING) {
                return true;
            }
            return account.grants().stream()
                    .anyMatch(g -> (g.organisation() != null && organisations.contains(g.organisation()))
                            || (g.programme() != null && coordinated.contains(g.programme())));
        }

        /**
         * True when the reader may change the account itself (details, state, password): only when every role it
         * holds is one the reader could have granted, so that a coordinator never locks out someone whose access
         * reaches beyond the coordinator's programmes.
         */
        public boolean manages(UserAccount account) {
            return sees(account) && account.grants().stream().allMatch(this::mayGrant);
        }

        /** True when the grant concerns the reader's programmes or organisations (every grant for administrators). */
        public boolean seesGrant(Grant grant) {
            return administrator
                    || (grant.organisation() != null && organisations.contains(grant.organisation()))
                    || (grant.programme() != null && coordinated.contains(grant.programme()));
        }

        public boolean mayGrant(Grant grant) {
            return mayGrant(grant.role(), grant.organisation(), grant.programme());
        }

        /**
         * True when the reader may grant (or withdraw) the role there. A coordinator never grants the administrator
         * role nor a role everywhere; a role for a programme only for one they coordinate; a role for every
         * programme of an organisation only when they coordinate every programme the organisation takes part in.
         */
        public boolean mayGrant(Role role, OrganisationId organisation, ProgrammeId programme) {
            if (administrator) {
                return true;
            }
            if (role == Role.ADMINISTRATOR || organisation == null || !organisations.contains(organisation)) {
                return false;
            }
            if (programme != null) {
                return coordinated.contains(programme);
            }
            return coordinated.containsAll(programmesOf.getOrDefault(organisation, Set.of()));
        }
    }

    /** No programme module (as in a slice of the application): no programme, no organisation names. */
    private enum EmptyDirectory implements ProgrammeDirectory {
        INSTANCE;

        @Override
        public List<ProgrammeTakingPart> programmes() {
            return List.of();
        }

        @Override
        public Map<OrganisationId, String> organisationNames() {
            return Map.of();
        }
    }
}
