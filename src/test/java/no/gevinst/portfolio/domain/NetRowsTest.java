package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/**
 * The totals put together from rows kept per programme ({@link NetRows}) equal {@link NetTotals} over the whole
 * portfolio, to the øre and the scale, for the portfolio and for each programme alone, after every one of a series of
 * random writes (a benefit's values, a benefit added or taken out, a decision recorded, changed or withdrawn) over
 * several programmes; and a row is worked out again only when its programme's benefits or the conflicts touching them
 * changed.
 */
class NetRowsTest {

    private static final List<String> KEYS = List.of("measure:a", "measure:b", "canonical:x", "measure:c");
    private static final List<String> TITLES = List.of("Færre liggedøgn", "Kortere ventetid", "Spart tid");
    private static final List<String> VALUES = List.of("0", "100", "250.5", "1000", "1000.00", "333.333", "70000");
    private static final List<OrganisationId> ORGANISATIONS = List.of(Scenario.ST_OLAV, Scenario.TRONDHEIM);

    @Property(tries = 100)
    void rowsKeptAcrossWritesAddUpToTheWholePortfolio(@ForAll long seed) {
        Random random = new Random(seed);
        World world = new World(random, 2 + random.nextInt(4));
        NetRows rows = new NetRows();
        world.check(rows);
        int excluded = 0;
        for (int write = 0; write < 15; write++) {
            int action = random.nextInt(6);
            switch (action) {
                case 0, 1 -> world.revalue(random);
                case 2 -> world.add(random);
                case 3 -> world.remove(random);
                default -> world.decide(random);
            }
            world.check(rows);
            long before = rows.worked();
            world.check(rows);
            assertThat(rows.worked()).as("asked again, nothing written").isEqualTo(before);
            excluded +=
                    NetTotals.of(world.benefits(), world.statuses()).byBenefit().size();
        }
        Statistics.label("benefits giving up some of an overlap")
                .collect(excluded == 0 ? "none" : excluded < 30 ? "1-29" : "30 or more");
    }

    @Test
    void aWriteToOneProgrammeWorksOutOnlyTheRowsItTouches() {
        Random random = new Random(7);
        World world = new World(random, 4);
        NetRows rows = new NetRows();
        world.check(rows);
        long before = rows.worked();
        world.revalueUnconflicted(random);
        world.check(rows);
        assertThat(rows.worked() - before).isLessThanOrEqualTo(1);
    }

    /** Programmes' benefits (each programme's list made anew by a write to it, as its kept facts are) and decisions. */
    private static final class World {
        final Map<ProgrammeId, List<BenefitFacts>> programmes = new LinkedHashMap<>();
        final Map<String, Decision> decisions = new HashMap<>();
        int next = 1;

        World(Random random, int count) {
            for (int p = 0; p < count; p++) {
                ProgrammeId id = new ProgrammeId(new UUID(1, p));
                List<BenefitFacts> benefits = new ArrayList<>();
                int size = random.nextInt(8);
                for (int i = 0; i < size; i++) {
                    benefits.add(benefit(id, random));
                }
                programmes.put(id, List.copyOf(benefits));
            }
        }

        BenefitFacts benefit(ProgrammeId programme, Random random) {
            BenefitId id = new BenefitId(new UUID(2, next++));
            return benefit(programme, id, random);
        }

        BenefitFacts benefit(ProgrammeId programme, BenefitId id, Random random) {
            TreeMap<Integer, BigDecimal> values = new TreeMap<>();
            for (int year = 2026; year < 2030; year++) {
                if (random.nextInt(4) > 0) {
                    values.put(year, new BigDecimal(VALUES.get(random.nextInt(VALUES.size()))));
                }
            }
            Map<String, String> indicators = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                indicators.put(KEYS.get(random.nextInt(KEYS.size())), "Indikator");
            }
            Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
            allocations.put(ORGANISATIONS.get(random.nextInt(2)), BigDecimal.valueOf(40 + random.nextInt(61)));
            BenefitClass[] classes = BenefitClass.values();
            return new BenefitFacts(
                    id,
                    programme,
                    "P" + programme.value().getLeastSignificantBits(),
                    "G" + id.value().getLeastSignificantBits(),
                    TITLES.get(random.nextInt(TITLES.size())),
                    random.nextBoolean() ? BenefitClass.CAPACITY : classes[random.nextInt(classes.length)],
                    allocations,
                    values,
                    indicators);
        }

        ProgrammeId any(Random random) {
            return new ArrayList<>(programmes.keySet()).get(random.nextInt(programmes.size()));
        }

        void revalue(Random random) {
            ProgrammeId p = any(random);
            List<BenefitFacts> benefits = new ArrayList<>(programmes.get(p));
            if (benefits.isEmpty()) {
                add(random);
                return;
            }
            int i = random.nextInt(benefits.size());
            benefits.set(i, benefit(p, benefits.get(i).id(), random));
            programmes.put(p, List.copyOf(benefits));
        }

        /** A benefit of no conflict given a new value: its programme's row alone changes. */
        void revalueUnconflicted(Random random) {
            ProgrammeId p = any(random);
            List<BenefitFacts> benefits = new ArrayList<>(programmes.get(p));
            benefits.add(new BenefitFacts(
                    new BenefitId(new UUID(3, next++)),
                    p,
                    "P",
                    "Ny",
                    "Eget navn " + next,
                    BenefitClass.OTHER_PUBLIC,
                    Map.of(),
                    new TreeMap<>(Map.of(2027, new BigDecimal(VALUES.get(random.nextInt(VALUES.size()))))),
                    Map.of()));
            programmes.put(p, List.copyOf(benefits));
        }

        void add(Random random) {
            ProgrammeId p = any(random);
            List<BenefitFacts> benefits = new ArrayList<>(programmes.get(p));
            benefits.add(random.nextInt(benefits.size() + 1), benefit(p, random));
            programmes.put(p, List.copyOf(benefits));
        }

        void remove(Random random) {
            ProgrammeId p = any(random);
            List<BenefitFacts> benefits = new ArrayList<>(programmes.get(p));
            if (!benefits.isEmpty()) {
                benefits.remove(random.nextInt(benefits.size()));
                programmes.put(p, List.copyOf(benefits));
            }
        }

        /** A decision recorded, changed or withdrawn on a conflict found now. */
        void decide(Random random) {
            List<Conflict> found = conflicts();
            if (found.isEmpty()) {
                return;
            }
            Conflict c = found.get(random.nextInt(found.size()));
            DecisionKind kind = DecisionKind.values()[random.nextInt(DecisionKind.values().length)];
            if (random.nextInt(5) == 0) {
                decisions.remove(c.key());
                return;
            }
            List<ConflictBenefit> involved = c.benefits();
            Map<BenefitId, BigDecimal> shares = new HashMap<>();
            if (kind == DecisionKind.SPLIT) {
                BigDecimal left = BigDecimal.valueOf(100);
                for (int i = 0; i < involved.size(); i++) {
                    BigDecimal share =
                            i == involved.size() - 1 ? left : BigDecimal.valueOf(random.nextInt(left.intValue() + 1));
                    shares.put(involved.get(i).id(), share);
                    left = left.subtract(share);
                }
            }
            decisions.put(
                    c.key(),
                    new Decision(
                            c.key(),
                            kind,
                            kind == DecisionKind.PRIMARY
                                    ? involved.get(random.nextInt(involved.size()))
                                            .id()
                                    : null,
                            shares,
                            "Vedtatt",
                            "kari",
                            Instant.EPOCH,
                            0));
        }

        List<BenefitFacts> benefits() {
            return programmes.values().stream().flatMap(List::stream).toList();
        }

        List<Conflict> conflicts() {
            Map<OrganisationId, String> names =
                    Map.of(Scenario.ST_OLAV, "St. Olavs hospital HF", Scenario.TRONDHEIM, "Trondheim kommune");
            return DoubleCounting.detect(
                    new PortfolioFacts(benefits(), List.of(), Map.of(), names, List.of(), Map.of()));
        }

        List<ConflictStatus> statuses() {
            return conflicts().stream()
                    .map(c -> new ConflictStatus(c, decisions.get(c.key()), false))
                    .toList();
        }

        /** The portfolio's totals and each programme's, put together from rows, against the whole computation. */
        void check(NetRows rows) {
            List<ConflictStatus> statuses = statuses();
            List<BenefitFacts> all = benefits();
            assertThat(rows.of(programmes, statuses)).isEqualTo(NetTotals.of(all, statuses));
            for (ProgrammeId p : programmes.keySet()) {
                assertThat(rows.of(Map.of(p, programmes.get(p)), statuses))
                        .isEqualTo(
                                NetTotals.of(all, statuses, b -> b.programme().equals(p)));
            }
        }
    }
}
