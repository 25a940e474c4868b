package no.gevinst.benefit.web;

import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitMerge;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Percent;
import org.springframework.stereotype.Component;

/** The profile's part on sharing and merging: who shares the benefit, and what the user may do about it. */
@Component
class SharingPanel {

    private final BenefitSharing sharing;
    private final Benefits benefits;
    private final Programmes programmes;

    SharingPanel(BenefitSharing sharing, Benefits benefits, Programmes programmes) {
        this.sharing = sharing;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    /** One share as the profile lists it, with what the user may do with it. */
    record Line(BenefitShare share, String programme, boolean mayAccept, boolean mayEnd) {}

    /** A merge as the profile shows it: the other benefit's code and link (empty when the user cannot see it). */
    record Merge(BenefitMerge decision, String otherCode, String otherTitle, boolean linked) {}

    record View(
            String homeName,
            Percent homeShare,
            List<Line> lines,
            boolean mayPropose,
            java.util.Map<no.gevinst.shared.ProgrammeId, String> mayShareWith,
            Optional<Merge> mergedInto,
            List<Merge> mergedFrom,
            boolean mayMerge) {

        public boolean shared() {
            return !lines.isEmpty();
        }
    }

    View of(Benefit benefit) {
        List<BenefitShare> shares = sharing.shares(benefit.id());
        var names = programmes.names();
        List<Line> lines = shares.stream()
                .map(s -> new Line(
                        s, names.getOrDefault(s.programme(), "–"), sharing.canAccept(s), sharing.canEnd(benefit, s)))
                .toList();
        boolean mayPropose = sharing.canPropose(benefit);
        var others = mayPropose
                ? others(benefit, shares, names)
                : new java.util.LinkedHashMap<no.gevinst.shared.ProgrammeId, String>();
        // One read of the merges either way, and the home share from the shares already read: the profile's
        // statements stay bounded (BoundedQueriesIT).
        List<BenefitMerge> merges = sharing.merges(benefit.id());
        Optional<Merge> into = merges.stream()
                .filter(m -> m.merged().equals(benefit.id()))
                .findFirst()
                .map(m -> merge(m, m.kept()));
        List<Merge> from = merges.stream()
                .filter(m -> m.kept().equals(benefit.id()))
                .map(m -> merge(m, m.merged()))
                .toList();
        return new View(
                names.getOrDefault(benefit.programme(), "–"),
                home(shares),
                lines,
                mayPropose && into.isEmpty(),
                others,
                into,
                from,
                into.isEmpty() && sharing.canMerge(benefit));
    }

    /** Every other programme the benefit is not shared with, also those of organisations the coordinator cannot open. */
    private static java.util.Map<no.gevinst.shared.ProgrammeId, String> others(
            Benefit benefit, List<BenefitShare> shares, java.util.Map<no.gevinst.shared.ProgrammeId, String> names) {
        java.util.Map<no.gevinst.shared.ProgrammeId, String> others = new java.util.LinkedHashMap<>();
        names.forEach((id, name) -> {
            if (!id.equals(benefit.programme())
                    && shares.stream().noneMatch(s -> s.programme().equals(id))) {
                others.put(id, name);
            }
        });
        return others;
    }

    /** What remains at home after the shares. */
    private static Percent home(List<BenefitShare> shares) {
        return new Percent(java.math.BigDecimal.valueOf(100)
                .subtract(shares.stream()
                        .map(s -> s.share().value())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
    }

    private Merge merge(BenefitMerge decision, no.gevinst.shared.BenefitId other) {
        return benefits.find(other)
                .map(b -> new Merge(decision, b.code(), b.title(), true))
                .orElse(new Merge(decision, "–", "", false));
    }
}
