package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One programme's double-counting control reads and values only the programmes that can share a conflict with it,
 * yet finds the same totals, unresolved count and conflicts as the control over the whole portfolio.
 */
@GevinstIntegrationTest
class ScopedControlIT {

    @Autowired
    PortfolioService portfolio;

    @Autowired
    Reading.Start readings;

    @Autowired
    TestUsers users;

    @Test
    void oneProgrammesControlAgreesWithTheWholePortfoliosToTheOre() {
        users.runAs(TestUsers.ADMIN, () -> {
            Reading whole = readings.reading();
            List<ConflictStatus> all = portfolio.conflicts(whole);
            // The demo's programmes first, and a few of those the suite has made: each a control of its own.
            List<Programme> sample = whole.visible().stream()
                    .sorted(Comparator.comparing(
                            (Programme p) -> !List.of("HP", "DBEP").contains(p.code())))
                    .limit(6)
                    .toList();
            for (Programme p : sample) {
                Reading own = readings.reading();
                PortfolioService.Position scoped = portfolio.position(p.id(), own);
                PortfolioService.Position reference = portfolio.position(p.id(), whole);
                assertThat(scoped).as(p.code()).isEqualTo(reference);
                assertThat(portfolio.control(p.id(), own).statuses().stream()
                                .filter(s -> s.conflict().programmes().contains(p.id()))
                                .toList())
                        .as(p.code())
                        .containsExactlyElementsOf(all.stream()
                                .filter(s -> s.conflict().programmes().contains(p.id()))
                                .toList());
            }
        });
    }
}
