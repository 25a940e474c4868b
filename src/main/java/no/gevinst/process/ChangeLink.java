package no.gevinst.process;

import java.util.List;
import java.util.UUID;

/**
 * A change of the benefit map (an element of the network, by id) that changes the process, and the steps of the
 * to-be diagram it changes (by BPMN id; empty when it changes the process as a whole).
 */
public record ChangeLink(ProcessId process, UUID element, List<String> steps) {

    public ChangeLink {
        steps = List.copyOf(steps);
    }
}
