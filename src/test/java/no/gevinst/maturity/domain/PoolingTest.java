package no.gevinst.maturity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.gevinst.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** The rule that no one's answer can be singled out: nothing shown for fewer than five, and no answer lost. */
class PoolingTest {

    private static final OrganisationId RHF = org(1);
    private static final OrganisationId STO = org(2);
    private static final OrganisationId HNT = org(3);
    private static final OrganisationId KOMMUNE = org(4);
    private static final OrganisationId CLINIC = org(5);

    @Test
    void aSmallUnitIsPooledIntoItsParentAndAStillSmallGroupIsWithheld() {
        Map<OrganisationId, OrganisationId> parentOf = new HashMap<>();
        parentOf.put(STO, RHF);
        parentOf.put(HNT, RHF);
        parentOf.put(CLINIC, STO);
        List<Pooling.Group> groups = Pooling.pool(
                List.of(tally(STO, 7, 20), tally(HNT, 3, 9), tally(RHF, 2, 5), tally(KOMMUNE, 4, 12)), parentOf, 5);

        assertThat(groups)
                .extracting(g -> g.unit(), g -> g.tally().respondents(), Pooling.Group::shown)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(STO, 7, true),
                        org.assertj.core.groups.Tuple.tuple(RHF, 5, true),
                        org.assertj.core.groups.Tuple.tuple(KOMMUNE, 4, false));
        Pooling.Group pooled =
                groups.stream().filter(g -> g.unit().equals(RHF)).findFirst().orElseThrow();
        assertThat(pooled.pooledFrom()).containsExactly(HNT);
        assertThat(pooled.tally().sums().get("d").points()).isEqualTo(14);
    }

    @Test
    void aParentWithTooFewEvenWithItsSmallUnitsIsWithheld() {
        List<Pooling.Group> groups =
                Pooling.pool(List.of(tally(CLINIC, 2, 6), tally(STO, 1, 3)), Map.of(CLINIC, STO, STO, RHF), 5);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.unit()).isEqualTo(STO);
            assertThat(g.shown()).isFalse();
            assertThat(g.tally().respondents()).isEqualTo(3);
        });
    }

    @Property(tries = 500)
    void noShownGroupHasFewerThanFiveAndEveryAnswerIsCountedOnce(
            @ForAll @IntRange(min = 1, max = 12) int units, @ForAll long seed) {
        Random random = new Random(seed);
        List<OrganisationId> ids = new ArrayList<>();
        Map<OrganisationId, OrganisationId> parentOf = new HashMap<>();
        List<Tally> tallies = new ArrayList<>();
        long points = 0;
        int respondents = 0;
        for (int i = 0; i < units; i++) {
            OrganisationId id = OrganisationId.newId();
            if (!ids.isEmpty() && random.nextInt(3) > 0) {
                parentOf.put(id, ids.get(random.nextInt(ids.size())));
            }
            ids.add(id);
            int n = random.nextInt(9);
            if (n > 0) {
                int p = n * (1 + random.nextInt(5));
                tallies.add(tally(id, n, p));
                points += p;
                respondents += n;
            }
        }

        List<Pooling.Group> groups = Pooling.pool(tallies, parentOf, 5);

        assertThat(groups)
                .filteredOn(Pooling.Group::shown)
                .allSatisfy(g -> assertThat(g.tally().respondents()).isGreaterThanOrEqualTo(5));
        assertThat(groups)
                .filteredOn(g -> !g.shown())
                .allSatisfy(g -> assertThat(g.tally().respondents()).isLessThan(5));
        assertThat(groups.stream().mapToInt(g -> g.tally().respondents()).sum()).isEqualTo(respondents);
        assertThat(groups.stream()
                        .mapToLong(g -> g.tally()
                                .sums()
                                .getOrDefault("d", Tally.Sum.ZERO)
                                .points())
                        .sum())
                .isEqualTo(points);
        assertThat(groups.stream().map(Pooling.Group::unit).distinct().count()).isEqualTo(groups.size());
        // A unit's answers are moved at most one step up, and only a small unit's.
        for (Pooling.Group g : groups) {
            for (OrganisationId from : g.pooledFrom()) {
                assertThat(parentOf.get(from)).isEqualTo(g.unit());
                assertThat(tallies.stream()
                                .filter(t -> t.unit().equals(from))
                                .findFirst()
                                .orElseThrow()
                                .respondents())
                        .isLessThan(5);
            }
        }
    }

    private static Tally tally(OrganisationId unit, int respondents, long points) {
        return new Tally(unit, respondents, Map.of("d", new Tally.Sum(points, respondents)));
    }

    private static OrganisationId org(int n) {
        return new OrganisationId(new UUID(0, n));
    }
}
