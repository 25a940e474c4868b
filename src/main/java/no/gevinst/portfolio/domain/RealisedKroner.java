package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.indicator.AnnualActual;
import no.gevinst.indicator.Indicators;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.SignOff;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import org.springframework.stereotype.Component;

/**
 * Reckons the realised kroner of each year up to the current one for the programmes counted (see {@link Realised}
 * for the definition). It takes the priced benefits' measurable indicators with their baselines and targets as kept
 * with their programmes' indicators ({@link IndicatorParts}), and reads each one's latest measured period per year in
 * one query, so that the number of measurements does not matter.
 */
@Component
class RealisedKroner {

    private final Indicators indicators;
    private final SignOffRepository signOffs;

    RealisedKroner(Indicators indicators, SignOffRepository signOffs) {
        this.indicators = indicators;
        this.signOffs = signOffs;
    }

    /** The realised kroner of each year from the valuations' first year to {@code thisYear}. */
    SortedMap<Integer, Realised> byYear(
            ProgrammeId selected, Map<Programme, ProgrammeValuation> valuations, int thisYear, Reading reading) {
        return reckoned(selected, basis(valuations, reading), thisYear);
    }

    /** What the realised kroner are reckoned from apart from the actuals and their sign-offs: no measurement in it. */
    RealisedBasis basis(Map<Programme, ProgrammeValuation> valuations, Reading reading) {
        List<RealisedBasis.Priced> priced = RealisedBasis.priced(valuations);
        Map<BenefitId, List<RealisedBasis.Measurable>> measurable = measurable(priced, reading);
        Map<BenefitId, RealisedBasis.Named> named = new HashMap<>();
        priced.stream()
                .filter(p -> measurable.containsKey(p.id()))
                .map(p -> p.programme().id())
                .distinct()
                .forEach(programme -> reading.register(programme).stream()
                        .filter(b -> measurable.containsKey(b.id()))
                        .forEach(b -> named.put(b.id(), RealisedBasis.Named.of(b))));
        return new RealisedBasis(priced, measurable, named);
    }

    /** The realised kroner of each year up to {@code thisYear}, from the basis and the actuals read now. */
    SortedMap<Integer, Realised> reckoned(ProgrammeId selected, RealisedBasis basis, int thisYear) {
        return reckoned(selected, basis, thisYear, indicators::annualActuals);
    }

    /** Where the actuals come from: the visible benefits' ({@link Indicators#annualActuals}), or one shared benefit's. */
    interface Actuals {
        Map<IndicatorId, List<AnnualActual>> read(Collection<IndicatorId> indicators, int fromYear, int toYear);
    }

    /** The same, from the actuals given. */
    SortedMap<Integer, Realised> reckoned(ProgrammeId selected, RealisedBasis basis, int thisYear, Actuals read) {
        int firstYear = basis.firstYear(thisYear);
        SortedMap<Integer, Realised> years = new TreeMap<>();
        if (firstYear > thisYear) {
            return years;
        }
        Map<BenefitId, List<RealisedBasis.Measurable>> measurable = basis.measurable();
        Map<IndicatorId, List<AnnualActual>> actuals = read.read(
                measurable.values().stream()
                        .flatMap(List::stream)
                        .map(RealisedBasis.Measurable::id)
                        .toList(),
                firstYear,
                thisYear);
        Map<BenefitId, RealisedBasis.Named> measured = basis.withActuals(actuals.keySet());
        Map<BenefitId, List<SignOff>> signed = signOffsOf(measured.keySet());
        Map<IndicatorId, Map<Integer, List<AnnualActual>>> byYear = byYear(actuals);
        for (int year = firstYear; year <= thisYear; year++) {
            List<Realised.Benefit> counted = new ArrayList<>();
            for (RealisedBasis.Priced p : basis.priced()) {
                RealisedBasis.Named benefit = measured.get(p.id());
                BigDecimal forecast = p.forecast().get(year);
                if (benefit == null || forecast == null) {
                    continue;
                }
                List<Realised.Actual> used = actualsIn(year, measurable.getOrDefault(p.id(), List.of()), byYear);
                if (!used.isEmpty()) {
                    counted.add(benefit(p, benefit, forecast, used, signed.getOrDefault(p.id(), List.of())));
                }
            }
            years.put(year, total(selected, year, counted));
        }
        return years;
    }

    /**
     * The same figures as {@link #byYear} gives for the programmes together, as the sum of each programme's own, kept
     * per programme across readings (a write makes only its own programme be reckoned again). Only the sums are kept
     * and given (each year's total and unsigned part, no benefits named): what the dashboard shows. Money adds up
     * exactly, so the sum of the programmes' sums is the portfolio's to the øre.
     */
    SortedMap<Integer, Realised> merged(ProgrammeId selected, List<Programme> counted, int thisYear, Reading reading) {
        List<SortedMap<Integer, Realised>> parts = counted.stream()
                .map(p -> reading.<SortedMap<Integer, Realised>>kept("realised", p.id(), () -> {
                    // The basis holds while measurements are recorded: only the actuals and sign-offs are read again.
                    RealisedBasis basis = reading.keptOfRegister(
                            "realised-basis", p.id(), () -> basis(Map.of(p, reading.valuation(p.id())), reading));
                    return sums(reckoned(null, basis, thisYear));
                }))
                .toList();
        return merged(selected, parts, thisYear);
    }

    /** Each year's sums alone. */
    static SortedMap<Integer, Realised> sums(SortedMap<Integer, Realised> years) {
        SortedMap<Integer, Realised> sums = new TreeMap<>();
        years.forEach((year, r) ->
                sums.put(year, new Realised(r.selected(), year, r.measured(), r.total(), r.unsigned(), List.of())));
        return java.util.Collections.unmodifiableSortedMap(sums);
    }

    /**
     * The programmes' years added up, from the earliest year any programme reckons to {@code thisYear}: a year is
     * measured when some programme's is.
     */
    static SortedMap<Integer, Realised> merged(
            ProgrammeId selected, List<SortedMap<Integer, Realised>> parts, int thisYear) {
        SortedMap<Integer, Realised> years = new TreeMap<>();
        int firstYear = parts.stream()
                .filter(p -> !p.isEmpty())
                .mapToInt(SortedMap::firstKey)
                .min()
                .orElse(thisYear + 1);
        for (int year = firstYear; year <= thisYear; year++) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal unsigned = BigDecimal.ZERO;
            boolean measured = false;
            for (SortedMap<Integer, Realised> part : parts) {
                Realised r = part.get(year);
                if (r != null && r.measured()) {
                    measured = true;
                    total = total.add(r.total());
                    unsigned = unsigned.add(r.unsigned());
                }
            }
            years.put(
                    year,
                    measured
                            ? new Realised(selected, year, true, total, unsigned, List.of())
                            : Realised.notMeasured(selected, year));
        }
        return years;
    }

    /** The priced benefits' measurable indicators, as kept with their programmes' indicators ({@link IndicatorParts}). */
    private Map<BenefitId, List<RealisedBasis.Measurable>> measurable(
            List<RealisedBasis.Priced> priced, Reading reading) {
        Map<ProgrammeId, Set<BenefitId>> pricedIn = new LinkedHashMap<>();
        priced.forEach(p -> pricedIn.computeIfAbsent(p.programme().id(), k -> new HashSet<>())
                .add(p.id()));
        Map<BenefitId, List<RealisedBasis.Measurable>> measurable = new HashMap<>();
        pricedIn.forEach((programme, benefits) -> IndicatorParts.measurable(programme, benefits, reading, indicators)
                .forEach(measurable::putIfAbsent));
        return measurable;
    }

    private Map<BenefitId, List<SignOff>> signOffsOf(Collection<BenefitId> measured) {
        Map<BenefitId, List<SignOff>> signed = new HashMap<>();
        signOffs.ofBenefits(measured)
                .forEach(s -> signed.computeIfAbsent(s.benefit(), k -> new ArrayList<>())
                        .add(s));
        return signed;
    }

    /** Each indicator's actuals by year, so that a year's are found without going through the others. */
    private static Map<IndicatorId, Map<Integer, List<AnnualActual>>> byYear(
            Map<IndicatorId, List<AnnualActual>> actuals) {
        Map<IndicatorId, Map<Integer, List<AnnualActual>>> byYear = new HashMap<>();
        actuals.forEach((id, list) -> list.forEach(a -> byYear.computeIfAbsent(id, k -> new HashMap<>())
                .computeIfAbsent(a.year(), k -> new ArrayList<>())
                .add(a)));
        return byYear;
    }

    private static List<Realised.Actual> actualsIn(
            int year,
            List<RealisedBasis.Measurable> measurable,
            Map<IndicatorId, Map<Integer, List<AnnualActual>>> actuals) {
        List<Realised.Actual> used = new ArrayList<>();
        for (RealisedBasis.Measurable m : measurable) {
            for (AnnualActual a : actuals.getOrDefault(m.id(), Map.of()).getOrDefault(year, List.of())) {
                used.add(actual(m, a));
            }
        }
        used.sort(Comparator.comparing(Realised.Actual::name));
        return used;
    }

    private static Realised.Actual actual(RealisedBasis.Measurable m, AnnualActual a) {
        BigDecimal achievement = Realisation.achievement(m.trajectory(), a.value());
        return new Realised.Actual(
                m.id(),
                m.name(),
                m.unit(),
                m.direction(),
                m.trajectory().baseline(),
                m.trajectory().finalTarget().value(),
                a.value(),
                a.periodStart(),
                a.periodEnd(),
                a.recordedOn(),
                achievement,
                Realisation.counted(achievement));
    }

    private static Realised.Benefit benefit(
            RealisedBasis.Priced p,
            RealisedBasis.Named b,
            BigDecimal forecast,
            List<Realised.Actual> used,
            List<SignOff> signOffs) {
        BigDecimal achievement = Realisation.benefitAchievement(
                used.stream().map(Realised.Actual::counted).toList());
        List<OrganisationId> signers = b.signers();
        boolean signed = used.stream()
                .allMatch(a -> signers.stream()
                        .allMatch(org -> signOffs.stream()
                                .anyMatch(s -> s.organisation().equals(org)
                                        && s.periodStart().equals(a.periodStart())
                                        && s.periodEnd().equals(a.periodEnd()))));
        return new Realised.Benefit(
                b.id(),
                b.code(),
                b.title(),
                p.programme().code(),
                forecast,
                achievement,
                Realisation.realised(forecast, achievement),
                !signers.isEmpty(),
                signed,
                used);
    }

    private static Realised total(ProgrammeId selected, int year, List<Realised.Benefit> counted) {
        if (counted.isEmpty()) {
            return Realised.notMeasured(selected, year);
        }
        counted.sort(Comparator.comparing(Realised.Benefit::programmeCode).thenComparing(Realised.Benefit::code));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal unsigned = BigDecimal.ZERO;
        for (Realised.Benefit b : counted) {
            total = total.add(b.realised());
            if (!b.signed()) {
                unsigned = unsigned.add(b.realised());
            }
        }
        return new Realised(selected, year, true, total, unsigned, counted);
    }
}
