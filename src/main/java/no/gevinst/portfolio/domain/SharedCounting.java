package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * Which shared benefits a programme counts, and by which shares (issue 18): those other programmes share with it
 * (accepted), at its one share, and its own it shares out, each share given out. What the forecast ({@link
 * SharedForecasts}) and the realised kroner ({@link SharedRealised}) divide alike.
 */
@Component
class SharedCounting {

    private final Benefits benefits;
    private final BenefitSharing sharing;
    private final Valuations valuations;

    SharedCounting(Benefits benefits, BenefitSharing sharing, Valuations valuations) {
        this.benefits = benefits;
        this.sharing = sharing;
        this.valuations = valuations;
    }

    /**
     * A shared benefit as one programme counts it: the shares it counts (its own one, or at home each share given out).
     *
     * @param value the benefit's forecast per year, its home programme's valuation of it
     */
    record Counted(Benefit benefit, SortedMap<Integer, BigDecimal> value, List<BenefitShare> shares) {

        boolean atHome(ProgrammeId programme) {
            return benefit.programme().equals(programme);
        }

        /** The share the programme counts: at home what the shares given out leave, elsewhere the share it was given. */
        Percent shareOf(ProgrammeId programme) {
            if (!atHome(programme)) {
                return shares.getFirst().share();
            }
            BigDecimal given = shares.stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Percent(BigDecimal.valueOf(100).subtract(given));
        }

        /** The other programmes that count it, by name: at home those it is shared with, elsewhere its home. */
        String othersOf(ProgrammeId programme, Map<ProgrammeId, String> names) {
            return atHome(programme)
                    ? shares.stream()
                            .map(s -> names.getOrDefault(s.programme(), "?"))
                            .collect(Collectors.joining(", "))
                    : names.getOrDefault(benefit.programme(), "?");
        }
    }

    /** The programme's shared benefits: those shared with it (accepted), and its own it shares out. */
    List<Counted> counted(ProgrammeId programme) {
        return counted(programme, valuations::valueByYear);
    }

    /**
     * The same, kept across the readings that keep parts: the shares are rows of no programme, and each benefit and
     * its value are its home programme's register and valuation, whichever programme that is (the user may not see
     * it), so the list is kept under the register generations of the programme and of the homes of the benefits it
     * lists ({@link Reading#keptOfRegistersRead}), and each benefit's value under its home's alone: a register edit in
     * one programme works out again only its own list and those of the programmes its benefits are shared with (it
     * was every programme's list: a register edit anywhere had them all read again). A benefit shared with it that is
     * not found names no home, so its list is then kept under every programme's register generation, as before. What
     * a visible programme counts is the same for every user who sees it: a benefit shared with it (accepted) is
     * theirs to see.
     */
    List<Counted> counted(ProgrammeId programme, Reading reading) {
        return reading.keptOfRegistersRead("shared", programme, () -> {
            Set<ProgrammeId> homes = new HashSet<>();
            List<BenefitId> missing = new ArrayList<>();
            List<Counted> counted = counted(
                    programme,
                    b -> reading.keptOfRegister(
                            "shared-value " + b.id().value(), b.programme(), () -> valuations.valueByYear(b)),
                    homes,
                    missing);
            return new ProgrammeParts.Read<>(List.copyOf(counted), missing.isEmpty() ? Set.copyOf(homes) : null);
        });
    }

    private List<Counted> counted(
            ProgrammeId programme, java.util.function.Function<Benefit, SortedMap<Integer, BigDecimal>> valued) {
        return counted(programme, valued, new HashSet<>(), new ArrayList<>());
    }

    /**
     * The programme's shared benefits, adding to {@code homes} the home programme of each benefit found and to
     * {@code missing} each benefit not found (whose home is not known).
     */
    private List<Counted> counted(
            ProgrammeId programme,
            java.util.function.Function<Benefit, SortedMap<Integer, BigDecimal>> valued,
            Set<ProgrammeId> homes,
            List<BenefitId> missing) {
        List<Counted> counted = new ArrayList<>();
        Map<BenefitId, Percent> in = sharing.sharedWith(programme);
        in.forEach((id, share) -> found(id, homes, missing)
                .filter(b -> !b.programme().equals(programme))
                .ifPresent(b -> counted.add(new Counted(
                        b,
                        valued.apply(b),
                        sharing.shares(id).stream()
                                .filter(s -> s.programme().equals(programme))
                                .toList()))));
        Map<BenefitId, List<BenefitShare>> out = new LinkedHashMap<>();
        sharing.sharedOutOf(programme)
                .forEach(s ->
                        out.computeIfAbsent(s.benefit(), k -> new ArrayList<>()).add(s));
        out.forEach((id, shares) ->
                found(id, homes, missing).ifPresent(b -> counted.add(new Counted(b, valued.apply(b), shares))));
        return counted;
    }

    private java.util.Optional<Benefit> found(BenefitId id, Set<ProgrammeId> homes, List<BenefitId> missing) {
        java.util.Optional<Benefit> found = benefits.find(id);
        found.ifPresentOrElse(b -> homes.add(b.programme()), () -> missing.add(id));
        return found;
    }
}
