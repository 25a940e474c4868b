package no.gevinst.network;

import java.util.List;
import no.gevinst.shared.ProgrammeId;

/**
 * What another module tells the benefit map about the processes its changes change (issue 19: "the benefit map shows
 * the process beside its changes"). The process module implements it; the network module depends on nothing of it.
 */
public interface ChangeProcesses {

    /** The processes the programme's changes change, each with the change's element id and the steps it changes. */
    List<ProcessOfChange> of(ProgrammeId programme);

    /**
     * A process a change changes.
     *
     * @param element the change's element id
     * @param href the process's page
     * @param steps the names of the steps the change changes, empty when the process as a whole
     */
    record ProcessOfChange(String element, String process, String href, List<String> steps) {}
}
