package no.gevinst.handover.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.LineOwnerWarning;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Finds the benefits of closed programmes that no line manager carries on. A programme is closed when it has passed
 * into its last phase, "Avslutning og videre forbedring" (seed 000 §3.1): from then on its benefits live in the line.
 */
@Component
class LineOwners {

    private final Programmes programmes;
    private final Benefits benefits;
    private final HandoverRepository handovers;

    LineOwners(Programmes programmes, Benefits benefits, HandoverRepository handovers) {
        this.programmes = programmes;
        this.benefits = benefits;
        this.handovers = handovers;
    }

    static boolean isClosed(Programme programme) {
        return programme.currentPhase() == Phase.CLOSE;
    }

    /**
     * @param chosen the programmes to look in; every visible one when empty
     * @param organisation only the benefits arising in or invested in by it; null for all
     */
    List<LineOwnerWarning> without(List<ProgrammeId> chosen, OrganisationId organisation) {
        List<LineOwnerWarning> warnings = new ArrayList<>();
        for (Programme programme : programmes.visible()) {
            if (!isClosed(programme) || (!chosen.isEmpty() && !chosen.contains(programme.id()))) {
                continue;
            }
            List<Benefit> carried = benefits.list(BenefitQuery.inProgramme(programme.id())).stream()
                    .filter(b -> b.status() != BenefitStatus.ABANDONED)
                    .filter(b -> organisation == null || concerns(b, organisation))
                    .toList();
            Map<BenefitId, Handover> latest = handovers
                    .latestOf(carried.stream().map(Benefit::id).toList())
                    .stream()
                    .collect(Collectors.toMap(Handover::benefit, Function.identity()));
            for (Benefit b : carried) {
                Handover h = latest.get(b.id());
                if (h == null || !h.isAccepted()) {
                    warnings.add(new LineOwnerWarning(
                            b.id(),
                            b.code(),
                            b.title(),
                            programme.id(),
                            programme.code(),
                            h == null ? null : h.status()));
                }
            }
        }
        return warnings;
    }

    private static boolean concerns(Benefit benefit, OrganisationId organisation) {
        return benefit.allocations().stream().map(Allocation::organisation).anyMatch(organisation::equals)
                || benefit.investors().contains(organisation);
    }
}
