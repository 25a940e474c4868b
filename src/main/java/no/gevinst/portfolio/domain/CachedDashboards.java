package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.portfolio.Realised;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard as {@link DashboardService} computes it, kept per user and {@link DashboardGeneration} so that asking
 * again before anything it shows has changed costs one read of the generation instead of reading and valuing the
 * whole portfolio (a second at the size of a region). Nothing here holds a database connection while it waits.
 */
@Primary
@Service
class CachedDashboards implements Dashboards {

    private final DashboardService computed;
    private final DashboardGeneration generation;
    private final DashboardCache cache;
    private final AccessPolicy access;

    CachedDashboards(
            DashboardService computed, DashboardGeneration generation, DashboardCache cache, AccessPolicy access) {
        this.computed = computed;
        this.generation = generation;
        this.cache = cache;
        this.access = access;
    }

    /** A dashboard asked for: of which programme (null: all visible) and on which day. */
    private record DashboardOf(ProgrammeId programme, LocalDate today) {}

    /** Whose rights a dashboard is computed under: the user and every role held, as this request carries them. */
    private record Scope(String username, List<RoleAssignment> roles) {}

    @Override
    public Dashboard of(ProgrammeId programme, LocalDate today) {
        CurrentUser user = access.currentUser().orElse(null);
        // Inside a caller's transaction its own uncommitted writes are visible but have not moved the generation yet.
        if (user == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return computed.of(programme, today);
        }
        DashboardCache.Key key = new DashboardCache.Key(
                new DashboardOf(programme, today), new Scope(user.username(), user.roles()), generation.current());
        return cache.get(key, () -> computed.generated(programme, today));
    }

    @Override
    public Realised realised(ProgrammeId programme, int year, LocalDate today) {
        return computed.realised(programme, year, today);
    }
}
