/**
 * Owns the board's decisions on a programme's targets (styrevedtak): the economic targets per organisation and year
 * and the KPI targets per organisation they set, which decision is in force, and each organisation's appendix to the
 * oppdragsdokument written from them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Board decisions")
package no.gevinst.decision;
