package no.gevinst.benefit.domain;

import static no.gevinst.benefit.domain.ProfileFields.lines;
import static no.gevinst.benefit.domain.ProfileFields.text;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitKind;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.Priority;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;

/** The parts of a benefit profile {@link BenefitProfileReader} has read, before the free texts are added. */
record BenefitProfile(
        BenefitId id,
        ProgrammeId programme,
        String code,
        String title,
        Classification classification,
        Parties parties,
        Timing timing,
        List<String> evidence,
        Lifecycle lifecycle) {

    Benefit benefit(BenefitInput in, long version) {
        return Benefit.builder()
                .id(id)
                .programme(programme)
                .code(code)
                .title(title)
                .description(text(in.description()))
                .observableOutcome(text(in.observableOutcome()))
                .attribution(text(in.attribution()))
                .kind(classification.kind())
                .area(classification.area())
                .priorityAreas(classification.priorityAreas())
                .benefitClass(classification.benefitClass())
                .objectives(classification.objectives())
                .allocations(parties.allocations())
                .investors(parties.investors())
                .owner(parties.owner())
                .responsible(parties.responsible())
                .units(text(in.units()))
                .expectedStart(timing.start())
                .fullEffect(timing.fullEffect())
                .priority(classification.priority())
                .priorityRationale(text(in.priorityRationale()))
                .prerequisites(lines(in.prerequisites()))
                .evidenceLinks(evidence)
                .status(lifecycle.status())
                .abandonReason(lifecycle.abandonReason())
                .version(version)
                .build();
    }

    /** What kind of benefit it is, how it is prioritised, and where it sits in the programme's framework. */
    record Classification(
            BenefitKind kind,
            BenefitClass benefitClass,
            Priority priority,
            FrameworkItemId area,
            List<FrameworkItemId> priorityAreas,
            List<ObjectiveId> objectives) {}

    /** Where the benefit arises, who invests in it, who owns it and who is responsible for realising it. */
    record Parties(
            List<Allocation> allocations, List<OrganisationId> investors, PersonId owner, PersonId responsible) {}

    /** When the benefit is expected to start giving effect, and to give its full effect (not before it starts). */
    record Timing(LocalDate start, LocalDate fullEffect) {}

    /** The benefit's status, with the reason it was abandoned. */
    record Lifecycle(BenefitStatus status, String abandonReason) {}
}
