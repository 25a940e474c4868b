package no.gevinst.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.gevinst.indicator.Indicator;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.ProcessInput;
import no.gevinst.process.Processes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's booking process (issue 19), read from {@code demo/processes.json} and drawn from seed 000's
 * digital booking example (§2.3.3, Figure 1): as it is today, patients phone the outpatient clinic and staff find a
 * slot in the appointment book; as it is to be, patients choose and move their own appointments on helsenorge, with
 * the phone kept for those who need it. The diagrams are BPMN 2.0 files under {@code demo/process/}; the server draws
 * their SVG as it does for any diagram. The map's two booking changes point to the steps they change. Marked as demo.
 */
@Component
class DemoProcesses {

    static final String FILE = "processes.json";

    private final Processes processes;
    private final Networks networks;

    DemoProcesses(Processes processes, Networks networks) {
        this.processes = processes;
        this.networks = networks;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId, UnaryOperator<String> person) {
        for (DemoProcessData data : DemoFiles.list(FILE, DemoProcessData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            String naming = data.indicatorsNaming().toLowerCase(Locale.ROOT);
            List<String> kpis = processes.eligibleIndicators(programme).stream()
                    .filter(i -> i.name().toLowerCase(Locale.ROOT).contains(naming))
                    .map(Indicator::id)
                    .map(Object::toString)
                    .toList();
            processes.loadDemo(
                    programme,
                    new ProcessInput(
                            data.name(),
                            data.kind(),
                            person.apply(data.owner()),
                            data.description(),
                            data.organisations().stream().map(organisationId).toList(),
                            kpis),
                    read(data.asIs()),
                    read(data.toBe()),
                    data.changes().stream().map(c -> change(programme, c)).toList());
        }
    }

    private ChangeLink change(ProgrammeId programme, DemoProcessData.Change change) {
        String id = networks.of(programme).nodes().stream()
                .filter(n -> n.label().equals(change.element()))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo map has no change " + change.element()));
        return new ChangeLink(null, UUID.fromString(id), change.steps());
    }

    private static String read(String file) {
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo file " + file, e);
        }
    }
}
