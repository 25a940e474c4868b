package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.benefit.IndicatorFilter;
import no.gevinst.benefit.RegisterTally;
import no.gevinst.shared.BenefitId;
import org.junit.jupiter.api.Test;

/**
 * The register's counts added up programme by programme equal the counts of all the programmes' benefits at once,
 * for drawn portfolios: each benefit in one programme, names listed in the database's order, the soonest starts
 * first and no more than a tally names.
 */
class ProgrammeTalliesTest {

    private static final String[] AREAS = {"Tilfredshet", "Pasientsikkerhet", "Kostnader", "Ålesund", "arbeid"};
    private static final String[] RAGS = {"GREEN", "AMBER", "RED", "NONE"};

    /** A benefit as the counts see it. */
    private record Counted(
            int programme,
            BenefitStatus status,
            BenefitClass benefitClass,
            String area,
            String rag,
            boolean warned,
            String code,
            LocalDate start) {}

    @Test
    void countsAddedUpProgrammeByProgrammeEqualTheWholeCounted() {
        Random random = new Random(27);
        for (int portfolio = 0; portfolio < 100; portfolio++) {
            int programmes = 1 + random.nextInt(5);
            List<Counted> all = new ArrayList<>();
            int benefits = random.nextInt(120);
            for (int b = 0; b < benefits; b++) {
                all.add(new Counted(
                        random.nextInt(programmes),
                        BenefitStatus.values()[random.nextInt(BenefitStatus.values().length)],
                        BenefitClass.values()[random.nextInt(BenefitClass.values().length)],
                        AREAS[random.nextInt(AREAS.length)],
                        RAGS[random.nextInt(RAGS.length)],
                        random.nextBoolean(),
                        "G" + random.nextInt(1000),
                        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(40))));
            }
            List<RegisterTally> parts = new ArrayList<>();
            for (int p = 0; p < programmes; p++) {
                int programme = p;
                parts.add(tally(
                        all.stream().filter(b -> b.programme() == programme).toList()));
            }
            RegisterTally merged = ProgrammeTallies.merged(
                    parts,
                    texts -> texts.stream()
                            .sorted(Comparator.comparing(String::toString))
                            .toList());
            RegisterTally whole = tally(all);
            assertThat(merged).as("portfolio %d", portfolio).isEqualTo(whole);
            assertThat(merged.byArea()).containsExactlyEntriesOf(whole.byArea());
            assertThat(merged.indicatorsByRag()).containsExactlyEntriesOf(whole.indicatorsByRag());
        }
    }

    /** What the register's queries count, in Java: one benefit one indicator, soonest starts by start and code. */
    private static RegisterTally tally(List<Counted> benefits) {
        Map<BenefitStatus, Long> byStatus = new EnumMap<>(BenefitStatus.class);
        Map<IndicatorFilter, Long> byIndicator = new EnumMap<>(IndicatorFilter.class);
        for (IndicatorFilter f : IndicatorFilter.values()) {
            byIndicator.put(f, 0L);
        }
        Map<BenefitClass, Long> byClass = new EnumMap<>(BenefitClass.class);
        Map<String, Long> byArea = new TreeMap<>();
        Map<String, Long> byRag = new TreeMap<>();
        long warned = 0;
        for (Counted b : benefits) {
            byStatus.merge(b.status(), 1L, Long::sum);
            byClass.merge(b.benefitClass(), 1L, Long::sum);
            byArea.merge(b.area(), 1L, Long::sum);
            byRag.merge(b.rag(), 1L, Long::sum);
            byIndicator.merge(
                    IndicatorFilter.values()[b.rag().length() % IndicatorFilter.values().length], 1L, Long::sum);
            warned += b.warned() ? 1 : 0;
        }
        List<RegisterTally.StartingSoon> soon = benefits.stream()
                .sorted(Comparator.comparing(Counted::start).thenComparing(Counted::code))
                .limit(RegisterTally.STARTING_SOON_SHOWN)
                .map(b -> new RegisterTally.StartingSoon(
                        new BenefitId(UUID.nameUUIDFromBytes(b.code().getBytes())), b.code(), "", b.start()))
                .toList();
        return new RegisterTally(benefits.size(), byStatus, byIndicator, byArea, byArea, byClass, warned, byRag, soon);
    }
}
