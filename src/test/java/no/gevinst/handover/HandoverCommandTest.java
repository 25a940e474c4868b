package no.gevinst.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.plan.MeasureStatus;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import org.junit.jupiter.api.Test;

/** The handover module's commands read what was sent once, naming each refused field as the forms and API do. */
class HandoverCommandTest {

    private static final PersonId PERSON = PersonId.newId();

    @Test
    void aProposalReadsTheReceiverAndTheDateWrittenTheNorwegianWayOrIso() {
        HandoverCommand norwegian = HandoverCommand.parse(" " + PERSON + " ", "1.6.2026", null);
        HandoverCommand iso = HandoverCommand.parse(PERSON.toString(), "2026-06-01", 3L);

        assertThat(norwegian).isEqualTo(new HandoverCommand(PERSON, LocalDate.of(2026, 6, 1), null));
        assertThat(iso.handoverDate()).isEqualTo(norwegian.handoverDate());
        assertThat(iso.version()).isEqualTo(3L);
    }

    @Test
    void aProposalNamesEveryRefusedFieldAtOnce() {
        assertThat(refusals(() -> HandoverCommand.parse("", "", null)))
                .containsExactlyInAnyOrder(
                        "receiverId:handover.receiver.required", "handoverDate:handover.date.required");
        assertThat(refusals(() -> HandoverCommand.parse("not-a-uuid", "2026-02-30", null)))
                .containsExactlyInAnyOrder("receiverId:person.unknown", "handoverDate:date.invalid");
        assertThat(refusals(() -> HandoverCommand.parse(PERSON.toString(), "1800-01-01", null)))
                .containsExactly("handoverDate:date.outOfRange");
        assertThat(refusals(() -> HandoverCommand.parse("a\u0000b", "30.02.2026", null)))
                .containsExactlyInAnyOrder("receiverId:text.control", "handoverDate:date.invalid");
    }

    @Test
    void aBacklogMeasureReadsItsPersonDeadlineAndOrganisations() {
        OrganisationId other = OrganisationId.newId();
        ImprovementItemCommand command =
                ImprovementItemCommand.parse(" Rydde ", PERSON.toString(), "31.12.2026", List.of(other.toString()));

        assertThat(command)
                .isEqualTo(new ImprovementItemCommand("Rydde", PERSON, LocalDate.of(2026, 12, 31), List.of(other)));
        assertThat(ImprovementItemCommand.parse("Rydde", "", "", null))
                .isEqualTo(new ImprovementItemCommand("Rydde", null, null, List.of()));
        assertThat(refusals(() -> ImprovementItemCommand.parse(" ", "x", "99999-01-01", List.of("y"))))
                .containsExactlyInAnyOrder(
                        "action:backlog.action.required",
                        "responsibleId:person.unknown",
                        "deadline:date.invalid",
                        "organisationIds:organisation.unknown");
    }

    @Test
    void aStatusAndACoordinatorAreReadOnce() {
        assertThat(ImprovementChoices.status("in_progress")).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(refusals(() -> ImprovementChoices.status("SOON"))).containsExactly("status:backlog.status.invalid");
        assertThat(ImprovementChoices.coordinator(PERSON.toString())).isEqualTo(PERSON);
        assertThat(ImprovementChoices.coordinator(" ")).isNull();
        assertThat(refusals(() -> ImprovementChoices.coordinator("nobody")))
                .containsExactly("coordinatorId:person.unknown");
    }

    private static List<String> refusals(Runnable parse) {
        InvalidInputException refused = (InvalidInputException) catchThrowable(parse::run);
        assertThat(refused).isNotNull();
        return refused.violations().stream()
                .map(v -> v.field() + ":" + v.messageKey())
                .toList();
    }
}
