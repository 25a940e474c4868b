package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.gevinst.portfolio.domain.PortfolioFacts.StaffGroup;
import no.gevinst.portfolio.domain.PortfolioFacts.StaffTime;
import no.gevinst.portfolio.domain.PortfolioFacts.TimeClaim;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.CalculationModel;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;

/**
 * Reads from a programme's valuation the time each priced time saving claims and the staff group it claims it
 * from, for double-counting rule (e).
 *
 * <p>A time saving's staff group is each assumption or derived value its persons formula names directly, at the
 * likely values the valuation used. A name whose value is below the persons counted is a share or a factor (the
 * {@code andel_malgruppe} of {@code helsepersonell * andel_malgruppe}), not the staff the time comes from, and is
 * left out. Derived chains are not followed back to their sources, so that one overlap is not found once for the
 * derived group and again for the assumption it is derived from.
 */
final class StaffTimeClaims {

    private StaffTimeClaims() {}

    /** Adds the programme's claims to {@code claims} and the time of each group they draw on to {@code staff}. */
    static void read(
            ProgrammeId programme,
            ProgrammeValuation valuation,
            List<TimeClaim> claims,
            Map<StaffGroup, StaffTime> staff) {
        Map<String, BigDecimal> values = null;
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            BenefitId id = line.benefit().id();
            if (!(line.benefit().model() instanceof CalculationModel.TimeSaving model)) {
                continue;
            }
            // Resolved once per programme, and only for one with a time saving: the valuation has already
            // resolved the same book, so this cannot fail where the valuation did not.
            values = values == null ? valuation.assumptions().likely() : values;
            BigDecimal persons = model.persons().evaluate(values);
            BigDecimal hourlyCost = model.hourlyCost().evaluate(values);
            for (String name : model.persons().names()) {
                BigDecimal group = values.get(name);
                if (group == null || group.signum() <= 0 || group.compareTo(persons) < 0) {
                    continue;
                }
                StaffGroup key = new StaffGroup(programme, name);
                staff.put(key, new StaffTime(group, valuation.settings().workingHoursPerPerson()));
                claims.add(new TimeClaim(id, key, new TreeMap<>(line.hoursByYear()), hourlyCost));
            }
        }
    }
}
