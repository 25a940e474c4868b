package no.gevinst.process;

import java.util.Optional;

/** A process with its owner's name and both diagrams as they stand, for documents such as the plan. */
public record ProcessDocument(Process process, String ownerName, Optional<Diagram> asIs, Optional<Diagram> toBe) {}
