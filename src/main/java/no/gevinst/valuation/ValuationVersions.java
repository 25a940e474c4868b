package no.gevinst.valuation;

import java.util.Map;
import no.gevinst.shared.BenefitId;

/**
 * The versions of a programme's valuation records, which a writer names to change them (409 when stale).
 *
 * @param settings the settings' version; null while the programme keeps R-109's defaults (no record yet)
 * @param assumptions each assumption's version by name
 * @param models each priced benefit's model version
 */
public record ValuationVersions(Long settings, Map<String, Long> assumptions, Map<BenefitId, Long> models) {

    public ValuationVersions {
        assumptions = Map.copyOf(assumptions);
        models = Map.copyOf(models);
    }
}
