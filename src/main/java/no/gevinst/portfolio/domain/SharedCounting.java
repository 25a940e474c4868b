package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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
    }

    /** The programme's shared benefits: those shared with it (accepted), and its own it shares out. */
    List<Counted> counted(ProgrammeId programme) {
        return counted(programme, valuations::valueByYear);
    }

    /**
     * The same, kept across the readings that keep parts: the shares are rows of no programme, and each benefit and
     * its value are its home programme's register and valuation, whichever programme that is (the user may not see
     * it), so the list is kept under every programme's register generation ({@link Reading#keptOfEveryRegister}), and
     * each benefit's value under its home's alone: a register edit in one programme values only its own benefits
     * again. What a visible programme counts is the same for every user who sees it: a benefit shared with it
     * (accepted) is theirs to see.
     */
    List<Counted> counted(ProgrammeId programme, Reading reading) {
        return reading.keptOfEveryRegister(
                "shared",
                programme,
                () -> List.copyOf(counted(
                        programme,
                        b -> reading.keptOfRegister(
                                "shared-value " + b.id().value(), b.programme(), () -> valuations.valueByYear(b)))));
    }

    private List<Counted> counted(
            ProgrammeId programme, java.util.function.Function<Benefit, SortedMap<Integer, BigDecimal>> valued) {
        List<Counted> counted = new ArrayList<>();
        Map<BenefitId, Percent> in = sharing.sharedWith(programme);
        in.forEach((id, share) -> benefits.find(id)
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
                benefits.find(id).ifPresent(b -> counted.add(new Counted(b, valued.apply(b), shares))));
        return counted;
    }
}
