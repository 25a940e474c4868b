package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.portfolio.SharedBenefitLine;
import no.gevinst.portfolio.SharedBenefits;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each programme's shares of benefits shared between programmes (issue 18). A receiving programme counts its accepted
 * share of the benefit's kroner; the home programme counts what the accepted shares leave. Each share's kroner are
 * worked out once ({@link #portion}) and added to the one programme as they are taken from the other, so the
 * programmes together count the benefit once, to the krone. Worked out per reading, never kept: the benefit's value is
 * its home programme's, whose writes the receiving programme's kept parts do not follow.
 */
@Component
@Transactional(readOnly = true)
class SharedForecasts implements SharedBenefits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Benefits benefits;
    private final BenefitSharing sharing;
    private final Valuations valuations;
    private final Programmes programmes;

    SharedForecasts(Benefits benefits, BenefitSharing sharing, Valuations valuations, Programmes programmes) {
        this.benefits = benefits;
        this.sharing = sharing;
        this.valuations = valuations;
        this.programmes = programmes;
    }

    /** A shared benefit as one programme counts it: the shares it counts (one, or at home each share given out). */
    private record Counted(Benefit benefit, SortedMap<Integer, BigDecimal> value, List<BenefitShare> shares) {}

    @Override
    public SortedMap<Integer, BigDecimal> atShare(ProgrammeId programme, SortedMap<Integer, BigDecimal> own) {
        List<Counted> counted = counted(programme);
        if (counted.isEmpty()) {
            return own;
        }
        SortedMap<Integer, BigDecimal> result = new TreeMap<>(own);
        for (Counted c : counted) {
            boolean home = c.benefit().programme().equals(programme);
            for (BenefitShare share : c.shares()) {
                c.value().forEach((year, value) -> {
                    BigDecimal part = portion(value, share.share());
                    result.merge(year, home ? part.negate() : part, BigDecimal::add);
                });
            }
        }
        return Collections.unmodifiableSortedMap(result);
    }

    @Override
    public List<SharedBenefitLine> of(ProgrammeId selected) {
        Map<ProgrammeId, String> names = programmes.names();
        List<SharedBenefitLine> lines = new ArrayList<>();
        for (Programme p : programmes.visible()) {
            if (selected != null && !p.id().equals(selected)) {
                continue;
            }
            for (Counted c : counted(p.id())) {
                lines.add(line(p, c, names));
            }
        }
        return lines;
    }

    private static SharedBenefitLine line(Programme p, Counted c, Map<ProgrammeId, String> names) {
        Benefit b = c.benefit();
        boolean home = b.programme().equals(p.id());
        BigDecimal given = c.shares().stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Percent share = home
                ? new Percent(HUNDRED.subtract(given))
                : c.shares().getFirst().share();
        String others = home
                ? c.shares().stream()
                        .map(s -> names.getOrDefault(s.programme(), "?"))
                        .collect(Collectors.joining(", "))
                : names.getOrDefault(b.programme(), "?");
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
                whole);
    }

    /** The programme's shared benefits: those shared with it (accepted), and its own it shares out. */
    private List<Counted> counted(ProgrammeId programme) {
        List<Counted> counted = new ArrayList<>();
        Map<BenefitId, Percent> in = sharing.sharedWith(programme);
        in.forEach((id, share) -> benefits.find(id)
                .filter(b -> !b.programme().equals(programme))
                .ifPresent(b -> counted.add(new Counted(
                        b,
                        valuations.valueByYear(b),
                        sharing.shares(id).stream()
                                .filter(s -> s.programme().equals(programme))
                                .toList()))));
        Map<BenefitId, List<BenefitShare>> out = new LinkedHashMap<>();
        sharing.sharedOutOf(programme)
                .forEach(s ->
                        out.computeIfAbsent(s.benefit(), k -> new ArrayList<>()).add(s));
        out.forEach((id, shares) ->
                find(id).ifPresent(b -> counted.add(new Counted(b, valuations.valueByYear(b), shares))));
        return counted;
    }

    private Optional<Benefit> find(BenefitId id) {
        return benefits.find(id);
    }

    /** A share of a year's value, to the øre: the one figure the receiving programme adds and the home takes off. */
    static BigDecimal portion(BigDecimal value, Percent share) {
        return value.multiply(share.value()).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    }
}
