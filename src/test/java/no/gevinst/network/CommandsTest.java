package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.PersonId;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** The element and link commands read the text once, naming each field as the pages and the API name it. */
class CommandsTest {

    @Test
    void anElementIsReadIntoTypedValues() {
        UUID owner = UUID.randomUUID();
        ElementCommand c = ElementCommand.parse(ElementInputBuilder.element()
                .kind("enabler")
                .label(" Portal ")
                .ownerId(owner.toString())
                .status("")
                .plannedDate("2027-03-01")
                .build());

        assertThat(c.kind()).isEqualTo(NodeKind.ENABLER);
        assertThat(c.label()).isEqualTo("Portal");
        assertThat(c.owner()).isEqualTo(new PersonId(owner));
        assertThat(c.status()).isEqualTo(ElementStatus.PLANNED);
        assertThat(c.plannedDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(c.movedDate()).isNull();
    }

    @Test
    void everyFieldThatDoesNotReadIsNamedAtOnce() {
        assertThatThrownBy(() -> ElementCommand.parse(ElementInputBuilder.element()
                        .kind("BENEFIT")
                        .ownerId("not-a-person")
                        .status("DONE-ISH")
                        .plannedDate("2026-13-01")
                        .movedDate("soon")
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactly("kind", "label", "ownerId", "status", "plannedDate", "movedDate");
    }

    @Test
    void aChangeMayLeaveTheKindOutButNotNameAnUnknownOne() {
        assertThat(ElementCommand.parseChange(Networks.ElementInput.of("", "Portal", "", "", "", ""))
                        .kind())
                .isNull();
        assertThatThrownBy(() -> ElementCommand.parseChange(Networks.ElementInput.of("X", "Portal", "", "", "", "")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> ((InvalidInputException) e).violations().getFirst().messageKey())
                .isEqualTo("network.element.kindFixed");
    }

    @Test
    void aLinksShareIsReadTheNorwegianWayAndItsEndsAsIds() {
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        LinkCommand c = LinkCommand.parse(from.toString(), " " + to + " ", "", "12,5", "3");

        assertThat(c).isEqualTo(new LinkCommand(from, to, NetworkLink.Kind.LEADS_TO, new BigDecimal("12.5"), 3));
        assertThatThrownBy(() -> LinkCommand.parse("nothing", to.toString(), "SOMETIMES", "abc", "-1"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactly("from", "kind", "share", "lagMonths");
    }
}
