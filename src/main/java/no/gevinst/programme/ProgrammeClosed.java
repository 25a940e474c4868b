package no.gevinst.programme;

import no.gevinst.shared.ProgrammeId;

/**
 * Published in the transaction that moves a programme into its last phase, "Avslutning og videre forbedring" (seed 000
 * §3.1): from then on its benefits live in the line organisation, and the modules that carry them on there react once
 * the move is committed.
 */
public record ProgrammeClosed(ProgrammeId programme) {}
