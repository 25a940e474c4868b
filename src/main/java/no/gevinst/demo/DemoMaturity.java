package no.gevinst.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MeasureInput;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundInput;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's maturity assessments (issue 19, seed 000 §2.3.6): a round before go-live in 2021 and another in
 * 2022, sent to the four Helse Midt-Norge organisations and Trondheim kommune, with generated answers (marked as
 * demo, the same on every load). Helse Nord-Trøndelag has too few respondents and is pooled into Helse Midt-Norge
 * RHF; the weakest leadership result of 2022 has a measure.
 */
@Component
class DemoMaturity {

    private final MaturityRounds rounds;

    DemoMaturity(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    void load(ProgrammeId hp, Map<String, Organisation> orgs, Function<String, String> person) {
        List<String> units = ids(orgs, "HMN", "STO", "HMR", "HNT", "TRD");
        rounds.loadGenerated(
                hp,
                new RoundInput(
                        "Modenhetsvurdering høsten 2021 (demo)", "standard", "2021-09-01", "2021-09-30", units, null),
                respondents(orgs, 12, 8, 3, 2, 6),
                2021L);
        Round latest = rounds.loadGenerated(
                hp,
                new RoundInput(
                        "Modenhetsvurdering før go-live 2022 (demo)",
                        "standard",
                        "2022-03-01",
                        "2022-03-31",
                        units,
                        null),
                respondents(orgs, 14, 9, 3, 3, 7),
                2022L);
        rounds.results(hp, latest.id())
                .ifPresent(r -> weakest(r)
                        .ifPresent(w -> rounds.addMeasure(
                                hp,
                                latest.id(),
                                new MeasureInput(
                                        w.cell().dimension(),
                                        w.row().unit().toString(),
                                        "Samlinger for ledere på seksjonsnivå om hvorfor og hvordan vi endrer (demo)",
                                        person.apply("arne"),
                                        "2022-09-30"))));
    }

    private record Weak(ResultRow row, ResultCell cell) {}

    private static java.util.Optional<Weak> weakest(Results results) {
        return results.rows().stream()
                .flatMap(row -> row.cells().stream().map(c -> new Weak(row, c)))
                .filter(w -> w.cell().mean() != null && w.cell().dimension().equals("leadership"))
                .min(Comparator.comparing(w -> w.cell().mean()));
    }

    /** How many answer in STO, HMR, HNT, HMN and TRD, in that order. */
    private static Map<no.gevinst.shared.OrganisationId, Integer> respondents(
            Map<String, Organisation> orgs, int sto, int hmr, int hnt, int hmn, int trd) {
        Map<no.gevinst.shared.OrganisationId, Integer> counts = new LinkedHashMap<>();
        counts.put(orgs.get("STO").id(), sto);
        counts.put(orgs.get("HMR").id(), hmr);
        counts.put(orgs.get("HNT").id(), hnt);
        counts.put(orgs.get("HMN").id(), hmn);
        counts.put(orgs.get("TRD").id(), trd);
        return counts;
    }

    private static List<String> ids(Map<String, Organisation> orgs, String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> orgs.get(k).id().toString())
                .toList();
    }
}
