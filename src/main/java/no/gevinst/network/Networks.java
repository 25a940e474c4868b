package no.gevinst.network;

import no.gevinst.shared.ProgrammeId;

/** The benefit dependency networks of the programmes: read, drawn and extended. */
public interface Networks {

    /** The programme's network: its own elements, the register's benefits and objectives, and the links. */
    Network of(ProgrammeId programme);

    /** The network drawn in layers as a standalone SVG document. */
    String svg(ProgrammeId programme);

    /** Adds an enabler, prerequisite, change or driver; only the programme's coordinators may. */
    NetworkNode addElement(ProgrammeId programme, ElementInput input);

    /** Links two nodes of the programme's network; refused when it would break a rule that cannot wait. */
    NetworkLink link(ProgrammeId programme, LinkInput input);

    /** An element as typed into a form or sent to the API; every field is text until validated. */
    record ElementInput(
            String kind, String label, String description, String ownerId, String plannedDate, String movedDate) {}

    /** A link as typed; share in percent and lag in months may be blank. */
    record LinkInput(String from, String to, String kind, String share, String lagMonths) {}
}
