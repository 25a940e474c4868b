package no.gevinst.access.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access review (Normen, fact sheet 14): every grant within the reader's scope — who holds which role where,
 * granted by whom and when, and when its holder last signed in — so that an organisation can check access against
 * service need, and withdraw the grants of those who no longer use Gevinst.
 */
@Service
@Transactional(readOnly = true)
public class AccessReview {

    public static final int DEFAULT_STALE_DAYS = 180;
    public static final int MAX_STALE_DAYS = 3650;

    private static final String ROWS = """
            SELECT r.id, r.role, r.organisation_id, r.programme_id, r.granted_by, r.granted_at,
                   u.id AS user_id, u.username, u.display_name, u.last_sign_in_at,
                   coalesce(u.last_sign_in_at, r.granted_at) < now() - make_interval(days => :days) AS stale
            FROM role_assignment r JOIN app_user u ON u.id = r.user_id
            ORDER BY lower(u.display_name), u.username, r.role, r.granted_at
            """;

    private final JdbcClient jdbc;
    private final AdministrationScope scope;
    private final AccountAdministrationRepository accounts;
    private final RoleGrants grants;

    AccessReview(
            JdbcClient jdbc, AdministrationScope scope, AccountAdministrationRepository accounts, RoleGrants grants) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.accounts = accounts;
        this.grants = grants;
    }

    /** One grant as the review lists it; stale when its holder has not signed in for the days asked about. */
    public record Row(
            Grant grant,
            UserId user,
            String username,
            String displayName,
            Instant lastSignInAt,
            boolean stale,
            String organisationName,
            String programmeName) {}

    /** Every grant in the reader's scope, by holder. */
    public List<Row> grants(int staleDays) {
        AdministrationScope.Reader reader = scope.reader();
        return rows(reader, days(staleDays));
    }

    /** The grants that would be withdrawn: stale, in scope, one the reader may withdraw, and not the reader's own. */
    public List<Row> stale(int staleDays) {
        AdministrationScope.Reader reader = scope.reader();
        return withdrawable(reader, rows(reader, days(staleDays)));
    }

    /**
     * Withdraws the confirmed grants that are still stale and withdrawable, all or none; each account changed is
     * audited once, before and after. Answers how many grants were withdrawn.
     */
    @Transactional
    public int withdrawStale(int staleDays, Collection<UUID> confirmed) {
        AdministrationScope.Reader reader = scope.reader();
        if (confirmed.isEmpty()) {
            throw InvalidInputException.of("grant", "users.review.nothingChosen");
        }
        Set<UUID> chosen = Set.copyOf(confirmed);
        Map<UserId, List<Row>> byUser = new LinkedHashMap<>();
        for (Row row : withdrawable(reader, rows(reader, days(staleDays)))) {
            if (chosen.contains(row.grant().id())) {
                byUser.computeIfAbsent(row.user(), k -> new java.util.ArrayList<>())
                        .add(row);
            }
        }
        if (byUser.isEmpty()) {
            throw InvalidInputException.of("grant", "users.review.noneStale");
        }
        int withdrawn = 0;
        for (var entry : byUser.entrySet()) {
            UserAccount before = accounts.find(entry.getKey()).orElseThrow();
            for (Row row : entry.getValue()) {
                grants.withdrawChecked(before, row.grant());
                withdrawn++;
            }
            if (!accounts.touch(before.id(), before.version())) {
                throw new no.gevinst.shared.VersionConflictException(
                        UserAdministration.ENTITY, before.id(), before.version(), before.version() + 1);
            }
            grants.audited(before, "withdraw-stale-roles");
        }
        return withdrawn;
    }

    private List<Row> withdrawable(AdministrationScope.Reader reader, List<Row> rows) {
        return rows.stream()
                .filter(Row::stale)
                .filter(r -> reader.mayGrant(r.grant()))
                .filter(r -> !r.username().equals(reader.username()))
                .toList();
    }

    private List<Row> rows(AdministrationScope.Reader reader, int days) {
        return jdbc
                .sql(ROWS)
                .param("days", days)
                .query((rs, n) -> new Row(
                        AccountAdministrationRepository.grant(rs),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        AccountAdministrationRepository.instant(rs.getTimestamp("last_sign_in_at")),
                        rs.getBoolean("stale"),
                        null,
                        null))
                .stream()
                .filter(r -> reader.seesGrant(r.grant()))
                .map(r -> new Row(
                        r.grant(),
                        r.user(),
                        r.username(),
                        r.displayName(),
                        r.lastSignInAt(),
                        r.stale(),
                        reader.organisationName(r.grant().organisation()),
                        reader.programmeName(r.grant().programme())))
                .toList();
    }

    private static int days(int days) {
        if (days < 1 || days > MAX_STALE_DAYS) {
            throw InvalidInputException.of("days", "users.review.days", 1, MAX_STALE_DAYS);
        }
        return days;
    }
}
