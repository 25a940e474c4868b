package no.gevinst.handover.web;

import java.util.List;
import no.gevinst.benefit.Benefits;
import no.gevinst.handover.Handover;
import no.gevinst.handover.Handovers;
import no.gevinst.handover.LineOwnerWarning;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * What the small handover fragments other modules' pages include ({@code templates/handover/includes.html}) show,
 * read by the fragments themselves, so that those pages' controllers need not know about handovers.
 */
@Component("handoverIncludes")
public class HandoverIncludes {

    private final Handovers handovers;
    private final Benefits benefits;

    HandoverIncludes(Handovers handovers, Benefits benefits) {
        this.handovers = handovers;
        this.benefits = benefits;
    }

    /** A handover waiting for the current user's answer, with the benefit's code and title. */
    public record Awaiting(Handover handover, String benefit) {}

    /** The benefit's current handover, or null. */
    public Handover ofBenefit(BenefitId benefit) {
        return handovers.current(benefit).orElse(null);
    }

    /** The benefits of the programme, if it is closed, that no line manager has accepted. */
    public List<LineOwnerWarning> withoutLineOwner(ProgrammeId programme) {
        return handovers.withoutLineOwner(List.of(programme));
    }

    public List<Awaiting> awaitingMe() {
        return handovers.awaitingCurrentUser().stream()
                .map(h -> new Awaiting(
                        h,
                        benefits.find(h.benefit())
                                .map(b -> b.code() + " " + b.title())
                                .orElse("–")))
                .toList();
    }
}
