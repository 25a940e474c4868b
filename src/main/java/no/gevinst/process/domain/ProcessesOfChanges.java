package no.gevinst.process.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.network.ChangeProcesses;
import no.gevinst.process.BpmnStep;
import no.gevinst.process.ChangeLink;
import no.gevinst.process.Diagram;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.Processes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the benefit map which processes its changes change, with the names of the steps (issue 19). */
@Component
@Transactional(readOnly = true)
class ProcessesOfChanges implements ChangeProcesses {

    private final Processes processes;
    private final ChangeLinkRepository links;
    private final DiagramRepository diagrams;

    ProcessesOfChanges(Processes processes, ChangeLinkRepository links, DiagramRepository diagrams) {
        this.processes = processes;
        this.links = links;
        this.diagrams = diagrams;
    }

    @Override
    public List<ProcessOfChange> of(ProgrammeId programme) {
        List<ChangeLink> linked = links.ofProgramme(programme);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<ProcessId, Process> byId =
                processes.processes(programme).stream().collect(Collectors.toMap(Process::id, p -> p));
        Map<String, String> stepNames = new HashMap<>();
        diagrams.of(List.copyOf(byId.keySet())).stream()
                .map(Diagrams::diagram)
                .map(Diagram::steps)
                .flatMap(List::stream)
                .forEach(s -> stepNames.putIfAbsent(s.id(), name(s)));
        return linked.stream()
                .filter(l -> byId.containsKey(l.process()))
                .map(l -> new ProcessOfChange(
                        l.element().toString(),
                        byId.get(l.process()).name(),
                        "/programmes/" + programme + "/processes/" + l.process(),
                        l.steps().stream()
                                .map(s -> stepNames.getOrDefault(s, s))
                                .toList()))
                .toList();
    }

    private static String name(BpmnStep step) {
        return step.name().isEmpty() ? step.id() : step.name();
    }
}
