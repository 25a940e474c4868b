package no.gevinst.plan.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.plan.PlanSnapshot;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * How a plan's benefits are shared between programmes (issue 18): for a benefit another programme shares with the
 * plan's programme, its home programme and the accepted share; for the programme's own benefit shared out, what it
 * keeps and with whom it shares. Accepted shares only, as the dashboard counts them; read in one query for the plan.
 */
@Component
class PlanSharing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BenefitSharing sharing;
    private final Programmes programmes;

    PlanSharing(BenefitSharing sharing, Programmes programmes) {
        this.sharing = sharing;
        this.programmes = programmes;
    }

    /** The sharing of each of the covered benefits that is shared; a key only for those. */
    Map<BenefitId, PlanSnapshot.SharingEntry> of(ProgrammeId programme, Collection<Benefit> covered) {
        Map<BenefitId, List<BenefitShare>> shares =
                sharing.shares(covered.stream().map(Benefit::id).toList());
        Map<BenefitId, PlanSnapshot.SharingEntry> entries = new HashMap<>();
        if (shares.isEmpty()) {
            return entries;
        }
        Map<ProgrammeId, String> names = programmes.names();
        for (Benefit b : covered) {
            List<BenefitShare> accepted = shares.getOrDefault(b.id(), List.of()).stream()
                    .filter(BenefitShare::accepted)
                    .toList();
            if (accepted.isEmpty()) {
                continue;
            }
            String home = names.getOrDefault(b.programme(), "?");
            if (b.programme().equals(programme)) {
                BigDecimal given =
                        accepted.stream().map(s -> s.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                String others = accepted.stream()
                        .map(s -> names.getOrDefault(s.programme(), "?"))
                        .collect(Collectors.joining(", "));
                entries.put(b.id(), new PlanSnapshot.SharingEntry(home, true, HUNDRED.subtract(given), others));
            } else {
                accepted.stream()
                        .filter(s -> s.programme().equals(programme))
                        .findFirst()
                        .ifPresent(s -> entries.put(
                                b.id(),
                                new PlanSnapshot.SharingEntry(
                                        home, false, s.share().value(), home)));
            }
        }
        return entries;
    }
}
