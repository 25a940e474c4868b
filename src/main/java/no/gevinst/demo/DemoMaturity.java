package no.gevinst.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.MeasureInput;
import no.gevinst.maturity.ResultCell;
import no.gevinst.maturity.ResultRow;
import no.gevinst.maturity.Results;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundInput;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's maturity assessments (issue 19, seed 000 §2.3.6), read from {@code demo/maturity.json}: a round
 * before go-live in 2021 and another in 2022, sent to the four Helse Midt-Norge organisations and Trondheim kommune,
 * with generated answers (marked as demo, the same on every load). Helse Nord-Trøndelag has too few respondents and
 * is pooled into Helse Midt-Norge RHF; the weakest leadership result of 2022 has a measure.
 */
@Component
class DemoMaturity {

    static final String FILE = "maturity.json";

    private final MaturityRounds rounds;

    DemoMaturity(MaturityRounds rounds) {
        this.rounds = rounds;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId, UnaryOperator<String> person) {
        for (DemoMaturityData data : DemoFiles.list(FILE, DemoMaturityData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            Round latest = null;
            for (DemoMaturityData.Round r : data.rounds()) {
                latest = rounds.loadGenerated(
                        programme,
                        new RoundInput(
                                r.name(),
                                r.template(),
                                r.opensOn(),
                                r.closesOn(),
                                r.organisations().stream().map(organisationId).toList(),
                                null),
                        respondents(r, organisationId),
                        r.seed());
            }
            if (latest != null && data.measure() != null) {
                measure(programme, latest, data.measure(), person);
            }
        }
    }

    private void measure(ProgrammeId programme, Round round, DemoMaturityData.Measure m, UnaryOperator<String> person) {
        rounds.results(programme, round.id())
                .flatMap(r -> weakest(r, m.dimension()))
                .ifPresent(w -> rounds.addMeasure(
                        programme,
                        round.id(),
                        new MeasureInput(
                                w.cell().dimension(),
                                w.row().unit().toString(),
                                m.action(),
                                person.apply(m.owner()),
                                m.deadline())));
    }

    private record Weak(ResultRow row, ResultCell cell) {}

    private static Optional<Weak> weakest(Results results, String dimension) {
        return results.rows().stream()
                .flatMap(row -> row.cells().stream().map(c -> new Weak(row, c)))
                .filter(w -> w.cell().mean() != null && w.cell().dimension().equals(dimension))
                .min(Comparator.comparing(w -> w.cell().mean()));
    }

    /** How many answer in each organisation, in the file's order. */
    private static Map<OrganisationId, Integer> respondents(
            DemoMaturityData.Round round, UnaryOperator<String> organisationId) {
        Map<OrganisationId, Integer> counts = new LinkedHashMap<>();
        round.respondents().forEach((key, n) -> counts.put(OrganisationId.of(organisationId.apply(key)), n));
        return counts;
    }
}
