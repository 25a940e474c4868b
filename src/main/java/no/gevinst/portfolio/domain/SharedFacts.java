package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The benefits an organisation-scoped figure splits, with the benefits shared between programmes at the shares the
 * programmes counted count them at (issue 18): the home programme's row less the shares given out, a receiving
 * programme's share as a row of its own (the benefit's allocations, so that its organisations get their part of the
 * share). The changes are the dashboard's own ({@link SharedForecasts#change}): the organisations' parts add up to the
 * programme's figure on the dashboard. One row per benefit: when the home programme and a receiving one are counted
 * together, the row carries the sum of their parts.
 */
@Component
class SharedFacts {

    private final SharedCounting counting;

    SharedFacts(SharedCounting counting) {
        this.counting = counting;
    }

    List<BenefitFacts> atShare(List<Programme> counted, List<BenefitFacts> facts) {
        return atShare(counted, facts, counting::counted);
    }

    /**
     * The same, from the shared benefits each programme counts as given: a pure function of what the dashboard read,
     * so that the reconciliation's property test can feed it by hand.
     */
    static List<BenefitFacts> atShare(
            List<Programme> counted,
            List<BenefitFacts> facts,
            Function<ProgrammeId, List<SharedCounting.Counted>> countedBy) {
        Map<BenefitId, BenefitFacts> byId = new LinkedHashMap<>();
        facts.forEach(f -> byId.put(f.id(), f));
        boolean changed = false;
        for (Programme p : counted) {
            for (SharedCounting.Counted c : countedBy.apply(p.id())) {
                SortedMap<Integer, BigDecimal> change = SharedForecasts.change(c, p.id());
                BenefitFacts before = byId.get(c.benefit().id());
                byId.put(c.benefit().id(), before == null ? received(p, c.benefit(), change) : plus(before, change));
                changed = true;
            }
        }
        return changed ? new ArrayList<>(byId.values()) : facts;
    }

    private static BenefitFacts plus(BenefitFacts f, SortedMap<Integer, BigDecimal> change) {
        SortedMap<Integer, BigDecimal> value = new TreeMap<>(f.valueByYear());
        change.forEach((year, part) -> value.merge(year, part, BigDecimal::add));
        return new BenefitFacts(
                f.id(),
                f.programme(),
                f.programmeCode(),
                f.code(),
                f.title(),
                f.benefitClass(),
                f.allocations(),
                value,
                f.indicators());
    }

    /** A benefit another programme shares with the one counting it, as that one's row at its share. */
    private static BenefitFacts received(Programme p, Benefit b, SortedMap<Integer, BigDecimal> share) {
        Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
        for (Allocation a : b.allocations()) {
            allocations.merge(a.organisation(), a.share().value(), BigDecimal::add);
        }
        return new BenefitFacts(
                b.id(), p.id(), p.code(), b.code(), b.title(), b.benefitClass(), allocations, share, Map.of());
    }
}
