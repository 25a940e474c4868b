package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorKind;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.SharedBenefitMeasures;
import no.gevinst.indicator.Trajectory;
import no.gevinst.portfolio.Realised;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The realised kroner of benefits shared between programmes, each programme at its share (issue 18). A shared
 * benefit is reckoned once, on its one record with its measurements ({@link #reckoned}); each accepted
 * share's part of a year's realised kroner is worked out once ({@link SharedForecasts#portion}) and added to the
 * receiving programme as it is taken from the home programme, signed and unsigned alike, so that the programmes
 * together count the benefit's realised kroner once, to the øre. Worked out per reading, never kept.
 */
@Component
class SharedRealised {

    private final SharedCounting counting;
    private final RealisedKroner kroner;
    private final Indicators indicators;
    private final SharedBenefitMeasures measures;

    SharedRealised(
            SharedCounting counting, RealisedKroner kroner, Indicators indicators, SharedBenefitMeasures measures) {
        this.counting = counting;
        this.kroner = kroner;
        this.indicators = indicators;
        this.measures = measures;
    }

    /**
     * A shared benefit's realised kroner over the years, the whole of it, reckoned once on its own record and named
     * for the programme counting it. Its målbaner and actuals are read as the benefit's ({@link SharedBenefitMeasures}):
     * a reader of a programme it is shared with who does not see its home programme sees the figure too, where they
     * counted it as not measured before.
     */
    SortedMap<Integer, Realised> reckoned(
            Programme counting, Benefit benefit, Map<Integer, BigDecimal> forecast, int thisYear) {
        return kroner.reckoned(
                null,
                basisOf(counting, benefit, forecast),
                thisYear,
                (ids, from, to) -> measures.annualActuals(benefit.id(), from, to));
    }

    private RealisedBasis basisOf(Programme counting, Benefit benefit, Map<Integer, BigDecimal> forecast) {
        List<Indicator> quantitative = indicators.ofBenefit(benefit.id()).stream()
                .filter(i -> i.kind() == IndicatorKind.QUANTITATIVE)
                .toList();
        Map<IndicatorId, Trajectory> trajectories = measures.trajectories(benefit.id());
        List<RealisedBasis.Measurable> measurable = new ArrayList<>();
        for (Indicator i : quantitative) {
            Trajectory t = trajectories.get(i.id());
            if (t != null) {
                measurable.add(RealisedBasis.Measurable.of(i, t));
            }
        }
        return new RealisedBasis(
                List.of(new RealisedBasis.Priced(counting, benefit.id(), forecast)),
                measurable.isEmpty() ? Map.of() : Map.of(benefit.id(), measurable),
                Map.of(benefit.id(), RealisedBasis.Named.of(benefit)));
    }

    /**
     * The realised kroner of the programmes counted with their shared benefits at their shares: a receiving
     * programme's year gains its share (and is measured when the benefit was), the home programme's loses the shares
     * given. A year's list of benefits, when it has one, carries each programme's row at its share.
     */
    SortedMap<Integer, Realised> atShare(
            ProgrammeId selected, List<Programme> counted, SortedMap<Integer, Realised> own, int thisYear) {
        return atShare(selected, counted, own, thisYear, p -> counting.counted(p.id()), this::reckoned);
    }

    /**
     * The same, from the shared benefits each programme counts as kept across the readings that keep parts, and each
     * shared benefit's realised kroner kept under its home programme's generations (its measurements and sign-offs
     * are its home's rows) while the user sees that programme.
     */
    SortedMap<Integer, Realised> atShare(
            ProgrammeId selected,
            List<Programme> counted,
            SortedMap<Integer, Realised> own,
            int thisYear,
            Reading reading) {
        return atShare(
                selected,
                counted,
                own,
                thisYear,
                p -> counting.counted(p.id(), reading),
                (p, c, year) -> reckoned(p, c, year, reading));
    }

    /** How a shared benefit's realised kroner are reckoned, the whole of it, as counted by a programme. */
    interface Reckoning {
        SortedMap<Integer, Realised> of(Programme counting, SharedCounting.Counted c, int thisYear);
    }

    /**
     * The same, from the shared benefits each programme counts and their realised kroner as given: a pure function of
     * what the dashboard read, so that the reconciliation's property test can feed it by hand.
     */
    static SortedMap<Integer, Realised> atShare(
            ProgrammeId selected,
            List<Programme> counted,
            SortedMap<Integer, Realised> own,
            int thisYear,
            java.util.function.Function<Programme, List<SharedCounting.Counted>> countedBy,
            Reckoning reckoning) {
        SortedMap<Integer, Realised> result = null;
        Map<BenefitId, SortedMap<Integer, Realised>> reckoned = new HashMap<>();
        for (Programme p : counted) {
            for (SharedCounting.Counted c : countedBy.apply(p)) {
                if (result == null) {
                    result = new TreeMap<>(own);
                }
                SortedMap<Integer, Realised> whole =
                        reckoned.computeIfAbsent(c.benefit().id(), id -> reckoning.of(p, c, thisYear));
                shift(selected, p, c, whole, result);
            }
        }
        return result == null ? own : Collections.unmodifiableSortedMap(result);
    }

    private SortedMap<Integer, Realised> reckoned(Programme counting, SharedCounting.Counted c, int thisYear) {
        return reckoned(counting, c.benefit(), c.value(), thisYear);
    }

    /**
     * Kept under the benefit's home programme's generations (its register and valuation, which give its value, its
     * measurements and sign-offs), for the programme counting it (whose code names its rows).
     */
    private SortedMap<Integer, Realised> reckoned(
            Programme counting, SharedCounting.Counted c, int thisYear, Reading reading) {
        return reading.kept(
                "shared-realised " + c.benefit().id().value() + " "
                        + counting.id().value() + " " + thisYear,
                c.benefit().programme(),
                () -> reckoned(counting, c, thisYear));
    }

    /** The benefit's realised kroner over the years reckoned, the whole of it: what each share's formula is of. */
    BigDecimal whole(Programme counting, SharedCounting.Counted c, int thisYear) {
        return whole(reckoned(counting, c, thisYear));
    }

    /** The same, reckoned as {@link #atShare(ProgrammeId, List, SortedMap, int, Reading)} keeps it. */
    BigDecimal whole(Programme counting, SharedCounting.Counted c, int thisYear, Reading reading) {
        return whole(reckoned(counting, c, thisYear, reading));
    }

    private static BigDecimal whole(SortedMap<Integer, Realised> years) {
        if (years.values().stream().noneMatch(Realised::measured)) {
            return null;
        }
        return years.values().stream().map(Realised::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void shift(
            ProgrammeId selected,
            Programme p,
            SharedCounting.Counted c,
            SortedMap<Integer, Realised> whole,
            SortedMap<Integer, Realised> result) {
        boolean home = c.atHome(p.id());
        whole.forEach((year, r) -> {
            if (!r.measured() || r.benefits().isEmpty()) {
                return;
            }
            Realised.Benefit b = r.benefits().getFirst();
            BigDecimal realised = BigDecimal.ZERO;
            BigDecimal forecast = BigDecimal.ZERO;
            for (BenefitShare share : c.shares()) {
                realised = realised.add(SharedForecasts.portion(b.realised(), share.share()));
                forecast = forecast.add(SharedForecasts.portion(b.forecast(), share.share()));
            }
            Realised before = result.getOrDefault(year, Realised.notMeasured(selected, year));
            result.put(
                    year, home ? given(before, p, b, realised, forecast) : received(before, p, b, realised, forecast));
        });
    }

    /**
     * The home programme's year less the parts given: its row of the benefit, if listed, at what it keeps. Its row is
     * the one named for it: the benefit's whole, reckoned once, may be named for the programme that counted it first
     * (a receiving one, whose row at its share stands in the same list when the two are counted together).
     */
    private static Realised given(
            Realised before, Programme home, Realised.Benefit b, BigDecimal realised, BigDecimal forecast) {
        List<Realised.Benefit> rows = new ArrayList<>();
        for (Realised.Benefit row : before.benefits()) {
            boolean same = row.id().equals(b.id()) && row.programmeCode().equals(home.code());
            rows.add(
                    same
                            ? at(
                                    row,
                                    row.programmeCode(),
                                    row.forecast().subtract(forecast),
                                    row.realised().subtract(realised))
                            : row);
        }
        return new Realised(
                before.selected(),
                before.year(),
                true,
                before.total().subtract(realised),
                b.signed() ? before.unsigned() : before.unsigned().subtract(realised),
                rows);
    }

    /** The receiving programme's year with its part: measured, and (if it lists them) a row of the benefit at it. */
    private static Realised received(
            Realised before, Programme p, Realised.Benefit b, BigDecimal realised, BigDecimal forecast) {
        List<Realised.Benefit> rows = new ArrayList<>(before.benefits());
        if (!rows.isEmpty() || !before.measured()) {
            rows.add(at(b, p.code(), forecast, realised));
        }
        return new Realised(
                before.selected(),
                before.year(),
                true,
                before.total().add(realised),
                b.signed() ? before.unsigned() : before.unsigned().add(realised),
                rows);
    }

    private static Realised.Benefit at(
            Realised.Benefit b, String programmeCode, BigDecimal forecast, BigDecimal realised) {
        return new Realised.Benefit(
                b.id(),
                b.code(),
                b.title(),
                programmeCode,
                forecast,
                b.achievement(),
                realised,
                b.crossOrganisation(),
                b.signed(),
                b.indicators());
    }
}
