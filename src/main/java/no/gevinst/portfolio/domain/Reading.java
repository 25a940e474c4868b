package no.gevinst.portfolio.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.portfolio.ProgrammeProblem;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * One reading of the programmes' registers, valuations and indicators, shared by everything one dashboard (or one
 * report) is made of: the double
 * counting, the forecast, realised kroner and the flows each need them, and reading and valuing a programme of a
 * thousand priced benefits once instead of four times is most of what keeps the dashboard fast. Lives for one call.
 */
final class Reading {

    private final Benefits benefits;
    private final Valuations valuations;
    private final Indicators indicators;
    private final Programmes programmes;
    private List<Programme> visible;
    private final Map<ProgrammeId, List<Benefit>> registers = new HashMap<>();
    private final Map<ProgrammeId, ProgrammeValuation> valued = new HashMap<>();
    private final Map<ProgrammeId, ProgrammeProblem> problems = new LinkedHashMap<>();
    private final Map<ProgrammeId, Map<BenefitId, List<Indicator>>> measuredBy = new HashMap<>();
    private final Map<Object, Object> worked = new HashMap<>();

    private Reading(Benefits benefits, Valuations valuations, Indicators indicators, Programmes programmes) {
        this.benefits = benefits;
        this.valuations = valuations;
        this.indicators = indicators;
        this.programmes = programmes;
    }

    /** The programmes the user may see, read once for everything the call builds. */
    List<Programme> visible() {
        if (visible == null) {
            visible = programmes.visible();
        }
        return visible;
    }

    List<Benefit> register(ProgrammeId programme) {
        return registers.computeIfAbsent(programme, p -> benefits.list(BenefitQuery.inProgramme(p)));
    }

    /**
     * The programme's valuation; one that cannot be computed counts as nothing priced, and is kept among the
     * problems, so that one broken programme never breaks a page or report for everyone.
     */
    ProgrammeValuation valuation(ProgrammeId programme) {
        return valued.computeIfAbsent(programme, p -> {
            try {
                return valuations.of(p, register(p));
            } catch (ValuationUnavailableException e) {
                problems.put(p, new ProgrammeProblem(p, e.programmeName(), e.causes()));
                int year = LocalDate.now().getYear();
                return ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9));
            }
        });
    }

    /** The programmes valued so far whose valuation could not be computed, of those asked for (all when null). */
    List<ProgrammeProblem> problems(ProgrammeId selected) {
        return problems.values().stream()
                .filter(p -> selected == null || p.programme().equals(selected))
                .toList();
    }

    /** The indicators of each benefit of the programme's register, in one read. */
    Map<BenefitId, List<Indicator>> indicators(ProgrammeId programme) {
        return measuredBy.computeIfAbsent(
                programme,
                p -> indicators.ofBenefits(register(p).stream().map(Benefit::id).toList()));
    }

    /**
     * What was worked out from this reading under the key, worked out now if it was not: the double-counting control
     * over the portfolio, say, which the report's dashboard and each programme's own dashboard share.
     */
    @SuppressWarnings("unchecked")
    <T> T worked(Object key, java.util.function.Supplier<T> work) {
        Object done = worked.get(key);
        if (done == null) {
            done = work.get();
            worked.put(key, done);
        }
        return (T) done;
    }

    /** What was worked out under the key, if it was; null if not. */
    @SuppressWarnings("unchecked")
    <T> T workedOut(Object key) {
        return (T) worked.get(key);
    }

    /** Starts a reading; each service call that needs one starts its own, so nothing read outlives the call. */
    @Component
    static class Start {

        private final Benefits benefits;
        private final Valuations valuations;
        private final Indicators indicators;
        private final Programmes programmes;

        Start(Benefits benefits, Valuations valuations, Indicators indicators, Programmes programmes) {
            this.benefits = benefits;
            this.valuations = valuations;
            this.indicators = indicators;
            this.programmes = programmes;
        }

        Reading reading() {
            return new Reading(benefits, valuations, indicators, programmes);
        }
    }
}
