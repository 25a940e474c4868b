package no.gevinst.portfolio.domain;

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
import no.gevinst.shared.NorwegianTime;
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

    /** Parts kept across readings, and the generations this reading's snapshot is at; both null: none shared. */
    private final ProgrammeParts shared;

    private final DashboardGeneration.Generations generations;

    private Reading(
            Benefits benefits,
            Valuations valuations,
            Indicators indicators,
            Programmes programmes,
            ProgrammeParts shared,
            DashboardGeneration.Generations generations) {
        this.benefits = benefits;
        this.valuations = valuations;
        this.indicators = indicators;
        this.programmes = programmes;
        this.shared = shared;
        this.generations = generations;
    }

    /** A valuation, or the problem that kept it from being computed: what a programme's kept valuation is. */
    private record Valued(ProgrammeValuation valuation, ProgrammeProblem problem) {}

    /**
     * The programme's part of the kind, kept across readings when this reading shares them and the user may see the
     * programme (then its rows are the same for every user who may); else computed for this reading alone.
     */
    private <T> T part(String kind, ProgrammeId programme, java.util.function.Supplier<T> compute) {
        if (shared == null || visible().stream().noneMatch(p -> p.id().equals(programme))) {
            return compute.get();
        }
        return shared.get(new ProgrammeParts.Key(kind, generations.of(programme), NorwegianTime.today()), compute);
    }

    /** The programmes the user may see, read once for everything the call builds. */
    List<Programme> visible() {
        if (visible == null) {
            visible = programmes.visible();
        }
        return visible;
    }

    List<Benefit> register(ProgrammeId programme) {
        return registers.computeIfAbsent(
                programme, p -> part("register", p, () -> benefits.list(BenefitQuery.inProgramme(p))));
    }

    /**
     * The programme's valuation; one that cannot be computed counts as nothing priced, and is kept among the
     * problems, so that one broken programme never breaks a page or report for everyone.
     */
    ProgrammeValuation valuation(ProgrammeId programme) {
        return valued.computeIfAbsent(programme, p -> {
            Valued v = part("valuation", p, () -> valued(p));
            if (v.problem() != null) {
                problems.put(p, v.problem());
            }
            return v.valuation();
        });
    }

    private Valued valued(ProgrammeId p) {
        try {
            return new Valued(valuations.of(p, register(p)), null);
        } catch (ValuationUnavailableException e) {
            int year = NorwegianTime.today().getYear();
            return new Valued(
                    ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9)),
                    new ProgrammeProblem(p, e.programmeName(), e.causes()));
        }
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
                p -> part(
                        "indicators",
                        p,
                        () -> indicators.ofBenefits(
                                register(p).stream().map(Benefit::id).toList())));
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
        private final ProgrammeParts shared;

        Start(
                Benefits benefits,
                Valuations valuations,
                Indicators indicators,
                Programmes programmes,
                ProgrammeParts shared) {
            this.benefits = benefits;
            this.valuations = valuations;
            this.indicators = indicators;
            this.programmes = programmes;
            this.shared = shared;
        }

        Reading reading() {
            return new Reading(benefits, valuations, indicators, programmes, null, null);
        }

        /**
         * A reading that takes each programme's part kept at the generations given, which the caller read first in
         * the same snapshot as everything this reading reads (so a part kept is what this snapshot would give).
         */
        Reading sharing(DashboardGeneration.Generations generations) {
            return new Reading(benefits, valuations, indicators, programmes, shared, generations);
        }
    }
}
