/**
 * Owns the handover of benefits to the line organisation (overlevering til linjen): the receiver's acceptance, the
 * frozen remaining targets and open measures, the handover document, and each organisation's improvement backlog.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Handover to the line")
package no.gevinst.handover;
