package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/** The kept parts of a programme give way to the same parts computed from later data, and to no one else's. */
class ProgrammePartsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private final ProgrammeParts parts = new ProgrammeParts();
    private final ProgrammeId hp = ProgrammeId.newId();
    private final ProgrammeId dbep = ProgrammeId.newId();

    @Test
    void aPartComputedAtALaterGenerationLetsGoOfTheEarlierOneOnly() {
        parts.get(key("register", hp, 1, 7, DAY), () -> "hp at 1");
        parts.get(key("valuation", hp, 1, 7, DAY), () -> "hp's valuation at 1");
        parts.get(key("register", dbep, 1, 7, DAY), () -> "dbep at 1");

        String later = parts.get(key("register", hp, 2, 7, DAY), () -> "hp at 2");

        assertThat(later).isEqualTo("hp at 2");
        assertThat(parts.size()).isEqualTo(3);
        assertThat(parts.<String>get(key("register", dbep, 1, 7, DAY), () -> "computed again"))
                .isEqualTo("dbep at 1");
        assertThat(parts.<String>get(key("valuation", hp, 1, 7, DAY), () -> "computed again"))
                .isEqualTo("hp's valuation at 1");
        assertThat(parts.<String>get(key("register", hp, 1, 7, DAY), () -> "hp at 1, computed again"))
                .as("a reader at the earlier generation computes afresh")
                .isEqualTo("hp at 1, computed again");
    }

    @Test
    void aMoveOfTheOthersGenerationOrTheDayAlsoSupersedes() {
        parts.get(key("register", hp, 1, 7, DAY), () -> "before");
        parts.get(key("register", hp, 1, 8, DAY), () -> "others moved");
        parts.get(key("register", hp, 1, 8, DAY.plusDays(1)), () -> "next day");

        assertThat(parts.size()).isEqualTo(1);
    }

    private static ProgrammeParts.Key key(String kind, ProgrammeId programme, long own, long others, LocalDate day) {
        return new ProgrammeParts.Key(kind, new DashboardGeneration.PartAt(programme, own, others), day);
    }
}
