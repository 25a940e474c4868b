package no.gevinst.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.gevinst.indicator.Indicator;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.ProcessInput;
import no.gevinst.process.Processes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's booking process (issue 19), drawn from seed 000's digital booking example (§2.3.3, Figure 1):
 * as it is today, patients phone the outpatient clinic and staff find a slot in the appointment book; as it is to
 * be, patients choose and move their own appointments on helsenorge, with the phone kept for those who need it. The
 * diagrams are BPMN 2.0 files under {@code demo/process/}; the server draws their SVG as it does for any diagram. The
 * map's two booking changes point to the steps they change. Marked as demo.
 */
@Component
class DemoProcesses {

    private final Processes processes;
    private final Networks networks;

    DemoProcesses(Processes processes, Networks networks) {
        this.processes = processes;
        this.networks = networks;
    }

    void load(ProgrammeId hp, Map<String, Organisation> orgs, Function<String, String> person) {
        List<String> kpis = processes.eligibleIndicators(hp).stream()
                .filter(i -> i.name().toLowerCase(java.util.Locale.ROOT).contains("pasientportalen"))
                .map(Indicator::id)
                .map(Object::toString)
                .toList();
        processes.loadDemo(
                hp,
                new ProcessInput(
                        "Timebestilling i poliklinikken (demo)",
                        "PATIENT_PATHWAY",
                        person.apply("per"),
                        "Fra pasienten trenger en time til timen er avtalt. I dag på telefon; i morgen selvbetjent på"
                                + " helsenorge, med telefon for dem som trenger det (seed 000, digital booking).",
                        List.of(
                                orgs.get("STO").id().toString(),
                                orgs.get("HMR").id().toString()),
                        kpis),
                read("demo/process/booking-as-is.bpmn"),
                read("demo/process/booking-to-be.bpmn"),
                List.of(
                        change(hp, "Pasienten bestiller og endrer time selv", "Task_Choose", "Task_Confirm"),
                        change(hp, "Felles regler for selvbetjente timer", "Gateway_SelfService")));
    }

    private ChangeLink change(ProgrammeId hp, String label, String... steps) {
        String id = networks.of(hp).nodes().stream()
                .filter(n -> n.label().equals(label))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo map has no change " + label));
        return new ChangeLink(null, UUID.fromString(id), List.of(steps));
    }

    private static String read(String resource) {
        try (InputStream in = DemoProcesses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
