package no.gevinst.indicator.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.gevinst.indicator.Indicator;
import no.gevinst.shared.Ids;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/**
 * What an intake looks up for its rows, each asked once: the indicator a row names (visible to the user), the
 * parties that record for it and whether the user may record for one. Every cache is bounded by the number of
 * indicators and organisations, not of rows.
 */
final class IntakeLookups {

    /** Unknown indicator references are remembered up to this many, so that a file of nonsense cannot fill the heap. */
    private static final int MAX_REMEMBERED_UNKNOWN = 10_000;

    private final IndicatorRepository indicators;
    private final IndicatorAccess access;
    /** Told before each look-up in the database, which cannot be asked while rows are being copied to it. */
    private final Runnable beforeLookup;

    private final Map<String, Optional<Indicator>> indicatorCache = new HashMap<>();
    private final Map<IndicatorId, List<OrganisationId>> parties = new HashMap<>();
    private final Map<Party, Boolean> mayRecord = new HashMap<>();

    /** An indicator and an organisation that records for it: the key of a cached right. */
    private record Party(IndicatorId indicator, OrganisationId organisation) {}

    IntakeLookups(IndicatorRepository indicators, IndicatorAccess access, Runnable beforeLookup) {
        this.indicators = indicators;
        this.access = access;
        this.beforeLookup = beforeLookup;
    }

    /** The indicator named by its id or its FHIR canonical URL, if the user may see it. */
    Optional<Indicator> indicator(String ref) {
        Optional<Indicator> cached = indicatorCache.get(ref);
        if (cached != null) {
            return cached;
        }
        beforeLookup.run();
        Optional<Indicator> found = Ids.parse(ref, IndicatorId::new)
                .flatMap(indicators::find)
                .or(() -> ref.isEmpty() ? Optional.empty() : indicators.findByCanonicalUrl(ref))
                .filter(access::canSee);
        if (found.isPresent() || indicatorCache.size() < MAX_REMEMBERED_UNKNOWN) {
            indicatorCache.put(ref, found);
        }
        return found;
    }

    /** The indicators found so far. */
    List<Indicator> found() {
        return indicatorCache.values().stream().flatMap(Optional::stream).toList();
    }

    List<OrganisationId> parties(Indicator indicator) {
        List<OrganisationId> known = parties.get(indicator.id());
        if (known == null) {
            beforeLookup.run();
            known = access.parties(indicator);
            parties.put(indicator.id(), known);
        }
        return known;
    }

    boolean mayRecord(Indicator indicator, OrganisationId organisation) {
        Party key = new Party(indicator.id(), organisation);
        Boolean known = mayRecord.get(key);
        if (known == null) {
            beforeLookup.run();
            known = access.canRecord(indicator, organisation);
            mayRecord.put(key, known);
        }
        return known;
    }
}
