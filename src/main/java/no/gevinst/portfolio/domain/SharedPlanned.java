package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.plan.SharedBenefitPlans;
import no.gevinst.portfolio.domain.SharedCounting.Counted;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The planned kroner of benefits shared between programmes, each programme at its share (issue 18), by the forecast's
 * rule ({@link SharedForecasts#change}): a shared benefit's planned kroner are its home programme's (what the latest
 * approved version of its plan froze of it, or without an approved plan its valuation, as the home's planned then
 * is), each receiving programme counts its share of them and the home programme what the shares leave. The
 * programmes' planned figures then hold the benefit's planned kroner once, to the øre, whichever of them have
 * approved plans: each programme's own plan leaves out the benefits shared with it ({@link PlannedFigures#received}).
 * The dashboard's planned figure and the organisation-scoped one ({@link ScopedPlanned}) add the same changes.
 */
@Component
class SharedPlanned {

    private final SharedCounting counting;
    private final SharedBenefitPlans plans;

    SharedPlanned(SharedCounting counting, SharedBenefitPlans plans) {
        this.counting = counting;
        this.plans = plans;
    }

    /**
     * What each shared benefit the programme counts changes in its planned figure, year by year: at home less each
     * share given out, elsewhere its share. Kept as the reading keeps parts: which benefits and shares under every
     * programme's register, each benefit's planned kroner under its home programme's (its plan is among the rows of
     * no programme, whose writes move every part).
     */
    Map<BenefitId, SortedMap<Integer, BigDecimal>> changes(ProgrammeId programme, Reading reading) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> changes = new LinkedHashMap<>();
        for (Counted c : counting.counted(programme, reading)) {
            SortedMap<Integer, BigDecimal> planned = reading.keptOfRegister(
                    "shared-planned " + c.benefit().id().value(), c.benefit().programme(), () -> planned(c));
            SortedMap<Integer, BigDecimal> change =
                    SharedForecasts.change(new Counted(c.benefit(), planned, c.shares()), programme);
            changes.merge(c.benefit().id(), change, SharedPlanned::plus);
        }
        return changes;
    }

    /** The programme's planned figure with the shared benefits at its share: its own plus their changes. */
    SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own, Reading reading) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> changes = changes(programme, reading);
        if (changes.isEmpty()) {
            return own;
        }
        SortedMap<Integer, BigDecimal> result = new TreeMap<>(own);
        changes.values().forEach(change -> change.forEach((year, part) -> result.merge(year, part, BigDecimal::add)));
        return Collections.unmodifiableSortedMap(result);
    }

    /** The benefit's planned kroner: its home programme's approved plan's, else its valuation. */
    private SortedMap<Integer, BigDecimal> planned(Counted c) {
        return plans.approved(c.benefit().id())
                .map(a -> a.benefit() == null
                        ? new TreeMap<Integer, BigDecimal>()
                        : PlannedFigures.ofBenefit(a.benefit(), c.value().keySet()))
                .map(Collections::unmodifiableSortedMap)
                .orElse(c.value());
    }

    private static SortedMap<Integer, BigDecimal> plus(
            SortedMap<Integer, BigDecimal> a, SortedMap<Integer, BigDecimal> b) {
        SortedMap<Integer, BigDecimal> sum = new TreeMap<>(a);
        b.forEach((year, value) -> sum.merge(year, value, BigDecimal::add));
        return sum;
    }
}
