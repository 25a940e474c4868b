package no.gevinst.demo;

import java.util.List;

/**
 * A programme's handovers to the line as {@code demo/handovers.json} writes them: the regional coordinator (a new
 * person and user, the region by its demo key) who follows the measures that need several trusts, and the benefits
 * (by title) proposed to a receiver (by demo key) from a date, accepted by the receiver or left waiting.
 */
record DemoHandoverData(String programme, Coordinator coordinator, List<Handover> handovers) {

    /** The region's coordinator, who signs in with the demo password. */
    record Coordinator(String name, String email, String title, String organisation, String username) {}

    /** A benefit proposed for handover. */
    record Handover(String benefit, String receiver, String from, boolean accepted) {}
}
