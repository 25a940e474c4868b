package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.portfolio.SharedBenefitLine;
import no.gevinst.portfolio.SharedBenefits;
import no.gevinst.portfolio.domain.SharedCounting.Counted;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each programme's shares of benefits shared between programmes (issue 18). A receiving programme counts its accepted
 * share of the benefit's kroner; the home programme counts what the accepted shares leave. Each share's kroner are
 * worked out once ({@link #portion}) and added to the one programme as they are taken from the other, so the
 * programmes together count the benefit once, to the krone. The benefit's value is its home programme's, whose writes
 * the receiving programme's own kept parts do not follow: what a programme counts is kept under every programme's
 * register generation ({@link SharedCounting#counted(ProgrammeId, Reading)}).
 */
@Component
@Transactional(readOnly = true)
class SharedForecasts implements SharedBenefits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SharedCounting counting;
    private final SharedRealised realised;
    private final Programmes programmes;
    private final DashboardGeneration generation;
    private final Reading.Start readings;

    SharedForecasts(
            SharedCounting counting,
            SharedRealised realised,
            Programmes programmes,
            DashboardGeneration generation,
            Reading.Start readings) {
        this.generation = generation;
        this.readings = readings;
        this.counting = counting;
        this.realised = realised;
        this.programmes = programmes;
    }

    @Override
    public SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own) {
        return atShare(programme, own, counting.counted(programme));
    }

    /** The same, from the shared benefits the programme counts as the reading keeps them ({@link SharedCounting}). */
    SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own, Reading reading) {
        return atShare(programme, own, counting.counted(programme, reading));
    }

    private static SortedMap<Integer, BigDecimal> atShare(
            ProgrammeId programme, SortedMap<Integer, BigDecimal> own, List<Counted> counted) {
        if (counted.isEmpty()) {
            return own;
        }
        SortedMap<Integer, BigDecimal> result = new TreeMap<>(own);
        for (Counted c : counted) {
            change(c, programme).forEach((year, part) -> result.merge(year, part, BigDecimal::add));
        }
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * What one shared benefit changes in the programme's own figures, year by year: at home less each share given
     * out, elsewhere its share. The one rule the dashboard's forecast and the organisation-scoped figures ({@link
     * SharedFacts}) follow, so that they agree to the øre.
     */
    static SortedMap<Integer, BigDecimal> change(Counted c, ProgrammeId programme) {
        boolean home = c.atHome(programme);
        SortedMap<Integer, BigDecimal> change = new TreeMap<>();
        for (BenefitShare share : c.shares()) {
            c.value().forEach((year, value) -> {
                BigDecimal part = portion(value, share.share());
                change.merge(year, home ? part.negate() : part, BigDecimal::add);
            });
        }
        return change;
    }

    @Override
    public List<SharedBenefitLine> of(ProgrammeId selected, int thisYear) {
        Map<ProgrammeId, String> names = programmes.names();
        List<SharedBenefitLine> lines = new ArrayList<>();
        for (Programme p : programmes.visible()) {
            if (selected != null && !p.id().equals(selected)) {
                continue;
            }
            for (Counted c : counting.counted(p.id())) {
                lines.add(line(p, c, names, realised.whole(p, c, thisYear)));
            }
        }
        return lines;
    }

    /**
     * The same from a reading that keeps parts across readings, with the generation of the data it was read from:
     * read first, in one snapshot with all that follows ({@link CachedSharedBenefits}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DashboardCache.Generated<List<SharedBenefitLine>> generated(ProgrammeId selected, LocalDate today) {
        DashboardGeneration.Generations at = generation.read();
        Reading reading = readings.sharing(at, today);
        int thisYear = today.getYear();
        Map<ProgrammeId, String> names = programmes.names();
        List<SharedBenefitLine> lines = new ArrayList<>();
        for (Programme p : reading.visible()) {
            if (selected != null && !p.id().equals(selected)) {
                continue;
            }
            for (Counted c : counting.counted(p.id(), reading)) {
                lines.add(line(p, c, names, realised.whole(p, c, thisYear, reading)));
            }
        }
        return new DashboardCache.Generated<>(at.whole(), List.copyOf(lines));
    }

    private static SharedBenefitLine line(
            Programme p, Counted c, Map<ProgrammeId, String> names, BigDecimal realisedWhole) {
        Benefit b = c.benefit();
        Percent share = c.shareOf(p.id());
        String others = c.othersOf(p.id(), names);
        BigDecimal whole = c.value().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SharedBenefitLine(
                p.id(),
                p.name(),
                b.id(),
                b.code(),
                b.title(),
                b.programme(),
                names.getOrDefault(b.programme(), "?"),
                others,
                share,
                whole,
                realisedWhole);
    }

    /** A share of a year's value, to the øre: the one figure the receiving programme adds and the home takes off. */
    static BigDecimal portion(BigDecimal value, Percent share) {
        return value.multiply(share.value()).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    }
}
