package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
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
import no.gevinst.valuation.Valuation;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * One reading of the programmes' registers, valuations and indicators, shared by everything one dashboard (or one
 * report) is made of: the double counting, the forecast, realised kroner and the flows each need them, and reading
 * and valuing a programme of a thousand priced benefits once instead of four times is most of what keeps the
 * dashboard fast. Lives for one call.
 */
final class Reading {

    /** Where it reads from: the modules' facades. */
    private final Start from;

    private List<Programme> visible;
    private final Map<ProgrammeId, List<Benefit>> registers = new HashMap<>();
    private final Map<ProgrammeId, ProgrammeValuation> valued = new HashMap<>();
    private final Map<ProgrammeId, ProgrammeProblem> problems = new LinkedHashMap<>();
    private final Map<ProgrammeId, Map<BenefitId, List<Indicator>>> measuredBy = new HashMap<>();
    private final Map<Object, Object> worked = new HashMap<>();

    /** Parts kept across readings, and the generations this reading's snapshot is at; both null: none shared. */
    private final ProgrammeParts shared;

    private final DashboardGeneration.Generations generations;

    /** The day the figures are worked out for: what a kept part is kept under, beside its generations. */
    private final LocalDate day;

    private Reading(Start from, ProgrammeParts shared, DashboardGeneration.Generations generations, LocalDate day) {
        this.from = from;
        this.day = day;
        this.shared = shared;
        this.generations = generations;
    }

    /** A valuation, or the problem that kept it from being computed: what a programme's kept valuation is. */
    private record Valued(ProgrammeValuation valuation, ProgrammeProblem problem) {}

    /**
     * What {@code compute} works out of one programme alone, kept across readings under the kind when this reading
     * shares parts and the user may see the programme (then it is the same for every user who may); else worked out
     * for this reading alone. Only compact figures are kept this way (what the dashboard shows of a programme, not
     * its register): a node at rest then holds little, and a write makes only its own programme's figures be worked
     * out again.
     */
    <T> T kept(String kind, ProgrammeId programme, Supplier<T> compute) {
        return keeps(programme)
                ? shared.get(new ProgrammeParts.Key(kind, generations.of(programme), day), compute)
                : compute.get();
    }

    /**
     * The same for what is worked out of the programme's register, valuation and indicators' definitions alone, never
     * its measurements or the status they leave on an indicator: kept while measurements are recorded (V34).
     */
    <T> T keptOfRegister(String kind, ProgrammeId programme, Supplier<T> compute) {
        return keeps(programme)
                ? shared.get(new ProgrammeParts.Key(kind, generations.registerOf(programme), day), compute)
                : compute.get();
    }

    /**
     * The same for what is worked out of the programme's indicators' definitions alone ({@link #indicators}, their
     * trajectories) and the scope given: kept while its benefits are edited and its measurements recorded (V62).
     *
     * @param scope what else it is worked out of (the benefits it is worked out for, say)
     */
    <T> T keptOfIndicators(String kind, ProgrammeId programme, Object scope, Supplier<T> compute) {
        if (!keeps(programme)) {
            return compute.get();
        }
        return shared.get(
                new ProgrammeParts.Across(kind, List.of(generations.indicatorsOf(programme)), scope, day), compute);
    }

    /**
     * What is worked out of several programmes' registers together (each of them visible), kept across readings like
     * {@link #keptOfRegister}: while none of their registers changes, a measurement recorded in one leaves it standing.
     *
     * @param scope what else it is worked out of that may differ between users (the names they may see, say)
     */
    <T> T keptOfRegisters(String kind, List<Programme> together, Object scope, Supplier<T> compute) {
        List<ProgrammeId> seen = visible().stream().map(Programme::id).toList();
        if (shared == null || !together.stream().allMatch(p -> seen.contains(p.id()))) {
            return compute.get();
        }
        List<DashboardGeneration.PartAt> at =
                together.stream().map(p -> generations.registerOf(p.id())).toList();
        return shared.get(new ProgrammeParts.Across(kind, at, scope, day), compute);
    }

    /**
     * What is worked out for one programme (visible) from its own register, the rows no programme's are in and the
     * registers of the programmes the work names as read (seen by this user or not): kept under their register
     * generations alone, so that a measurement, or a register edit elsewhere, leaves it standing (none named: every
     * programme's).
     */
    <T> T keptOfRegistersRead(String kind, ProgrammeId programme, Supplier<ProgrammeParts.Read<T>> compute) {
        if (!keeps(programme)) {
            return compute.get().value();
        }
        return shared.get(
                kind, programme, day, generations, () -> from.programmes.names().keySet(), compute);
    }

    /**
     * What is worked out of the tables no programme's rows are in alone (the decisions taken on double counting, say),
     * the same for every user: kept across readings under their generation, which no programme's write moves.
     */
    <T> T keptOfOthers(String kind, Supplier<T> compute) {
        if (shared == null) {
            return compute.get();
        }
        return shared.get(new ProgrammeParts.Key(kind, generations.others(), day), compute);
    }

    /** Whether this reading keeps the programme's parts across readings: it shares parts and the user sees it. */
    private boolean keeps(ProgrammeId programme) {
        return shared != null && visible().stream().anyMatch(p -> p.id().equals(programme));
    }

    /** Whether this reading keeps programmes' figures across readings: the dashboard then merges them. */
    boolean sharesParts() {
        return shared != null;
    }

    /** The programmes the user may see, read once for everything the call builds. */
    List<Programme> visible() {
        if (visible == null) {
            visible = from.programmes.visible();
        }
        return visible;
    }

    List<Benefit> register(ProgrammeId programme) {
        return registers.computeIfAbsent(programme, p -> from.benefits.list(BenefitQuery.inProgramme(p)));
    }

    /**
     * The programme's valuation; one that cannot be computed counts as nothing priced, and is kept among the
     * problems, so that one broken programme never breaks a page or report for everyone.
     */
    ProgrammeValuation valuation(ProgrammeId programme) {
        return valued.computeIfAbsent(programme, p -> {
            Valued v = valued(p);
            if (v.problem() != null) {
                problems.put(p, v.problem());
            }
            return v.valuation();
        });
    }

    /** A programme's valued benefits per year (its forecast), and whether its valuation could not be computed. */
    private record Forecast(SortedMap<Integer, BigDecimal> byYear, ProgrammeProblem problem) {}

    /**
     * The programme's current valuation's benefits per year: the forecast. Kept as the figures alone, with the
     * programme's problem when its valuation cannot be computed (then it counts as nothing priced).
     */
    SortedMap<Integer, BigDecimal> forecast(ProgrammeId programme) {
        Forecast f = keptOfRegister("forecast", programme, () -> {
            ProgrammeValuation valuation = valuation(programme);
            SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
            for (Valuation.YearLine line : valuation.valuation().years()) {
                byYear.merge(line.year(), line.benefits(), BigDecimal::add);
            }
            return new Forecast(Collections.unmodifiableSortedMap(byYear), problems.get(programme));
        });
        if (f.problem() != null) {
            problems.put(programme, f.problem());
        }
        return f.byYear();
    }

    private Valued valued(ProgrammeId p) {
        try {
            return new Valued(from.valuations.of(p, register(p)), null);
        } catch (ValuationUnavailableException e) {
            int year = NorwegianTime.today().getYear();
            return new Valued(
                    ProgrammeValuation.nothingPriced(EconomicSettings.defaults(year, year + 9)),
                    new ProgrammeProblem(p, e.programmeName(), e.causes()));
        }
    }

    /** The programmes valued so far whose valuation could not be computed, of those asked for (all when null). */
    List<ProgrammeProblem> problems(ProgrammeId selected) {
        // In the order of the programmes, not of their valuing: a reading that keeps figures values fewer of them.
        List<ProgrammeProblem> found = new java.util.ArrayList<>();
        for (Programme p : visible()) {
            ProgrammeProblem problem = problems.get(p.id());
            if (problem != null && (selected == null || p.id().equals(selected))) {
                found.add(problem);
            }
        }
        problems.forEach((id, problem) -> {
            if (!found.contains(problem) && (selected == null || id.equals(selected))) {
                found.add(problem);
            }
        });
        return found;
    }

    /**
     * The indicators of each benefit of the programme, in one read: of each benefit in its register, and of a benefit
     * merged into another (which no register lists, so nothing asks for it). Read by the programme, not by its
     * register's benefits, so that what is worked out of it holds while the register is edited ({@link
     * #keptOfIndicators}).
     */
    Map<BenefitId, List<Indicator>> indicators(ProgrammeId programme) {
        return measuredBy.computeIfAbsent(programme, from.indicators::ofProgramme);
    }

    /**
     * What was worked out from this reading under the key, worked out now if it was not: the double-counting control
     * over the portfolio, say, which the report's dashboard and each programme's own dashboard share.
     */
    @SuppressWarnings("unchecked")
    <T> T worked(Object key, Supplier<T> work) {
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
            return new Reading(this, null, null, null);
        }

        /**
         * A reading that takes each programme's part kept at the generations given, which the caller read first in
         * the same snapshot as everything this reading reads (so a part kept is what this snapshot would give), for
         * the day the caller works its figures out for (a part worked out for another day is never served for it).
         */
        Reading sharing(DashboardGeneration.Generations generations, LocalDate day) {
            return new Reading(this, shared, generations, day);
        }
    }
}
