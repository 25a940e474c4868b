package no.gevinst.demo;

import java.util.List;

/**
 * One programme's go-live waves as {@code demo/go-live.json} writes them, organisations by their demo keys, and the
 * indicators (by name) whose baseline is set at an organisation's go-live.
 */
record DemoGoLiveData(String programme, List<Wave> waves, List<Anchor> anchors) {

    DemoGoLiveData {
        anchors = anchors == null ? List.of() : anchors;
    }

    /**
     * A wave: a planned date, or the first day of the month {@code plannedInMonths} after the demo is loaded (so that
     * the pages always show a wave to come); an actual date once it has gone live.
     */
    record Wave(
            String name, String plannedDate, Integer plannedInMonths, String actualDate, List<String> organisations) {}

    /** An indicator whose baseline is set when the organisation goes live. */
    record Anchor(String indicator, String organisation) {}
}
