package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import no.gevinst.access.AccessPolicy;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.RoleAssignment;
import no.gevinst.portfolio.SharedBenefitLine;
import no.gevinst.portfolio.SharedBenefits;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.ProgrammeId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The shared benefits the dashboard page lists ({@link SharedForecasts}), kept per user and {@link
 * DashboardGeneration} beside the dashboard itself ({@link CachedDashboards}): the page asked for again before anything
 * has changed reads the generation instead of each programme's shares, the sharing benefits and their valuations.
 */
@Primary
@Service
class CachedSharedBenefits implements SharedBenefits {

    private final SharedForecasts computed;
    private final DashboardGeneration generation;
    private final DashboardCache cache;
    private final AccessPolicy access;

    CachedSharedBenefits(
            SharedForecasts computed, DashboardGeneration generation, DashboardCache cache, AccessPolicy access) {
        this.computed = computed;
        this.generation = generation;
        this.cache = cache;
        this.access = access;
    }

    /** The shared benefits asked for: of which programme (null: all visible), in which year, on which day. */
    private record SharedOf(ProgrammeId programme, int thisYear, LocalDate today) {}

    /** Whose rights they are listed under: the user and every role held, as this request carries them. */
    private record Scope(String username, List<RoleAssignment> roles) {}

    @Override
    public List<SharedBenefitLine> of(ProgrammeId selected, int thisYear) {
        CurrentUser user = access.currentUser().orElse(null);
        LocalDate today = NorwegianTime.today();
        // Inside a caller's transaction its own uncommitted writes are visible but have not moved the generation yet;
        // a year other than today's is not what the page asks for.
        if (user == null
                || thisYear != today.getYear()
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return computed.of(selected, thisYear);
        }
        DashboardCache.Key key = new DashboardCache.Key(
                new SharedOf(selected, thisYear, today),
                new Scope(user.username(), user.roles()),
                generation.current());
        return cache.get(key, () -> computed.generated(selected, today));
    }

    @Override
    public SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own) {
        return computed.atShare(programme, own);
    }
}
