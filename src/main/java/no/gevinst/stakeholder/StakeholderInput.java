package no.gevinst.stakeholder;

/** A stakeholder as typed; the service parses and checks every field, naming the ones that are wrong. */
public record StakeholderInput(
        String name, String kind, String interest, String influence, String concerns, String organisationId) {}
