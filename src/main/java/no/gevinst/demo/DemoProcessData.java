package no.gevinst.demo;

import java.util.List;

/**
 * A process as {@code demo/processes.json} writes it: its owner and organisations by demo keys, the indicators it is
 * measured by (those whose name holds {@code indicatorsNaming}, ignoring case), its BPMN diagrams as they are and as
 * they are to be (files under {@code demo/}), and the changes of the programme's benefit map (by label) that change
 * its steps.
 */
record DemoProcessData(
        String programme,
        String name,
        String kind,
        String owner,
        String description,
        List<String> organisations,
        String indicatorsNaming,
        String asIs,
        String toBe,
        List<Change> changes) {

    /** A change on the benefit map and the diagram's steps it changes. */
    record Change(String element, List<String> steps) {}
}
