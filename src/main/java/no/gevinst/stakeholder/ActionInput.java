package no.gevinst.stakeholder;

/**
 * An action as typed: its description, date, channel, the responsible person's id, and whether it is a measure, with
 * the measure's owner (a person's id) and deadline.
 */
public record ActionInput(
        String description,
        String plannedOn,
        String channel,
        String responsibleId,
        boolean measure,
        String measureOwnerId,
        String measureDeadline) {}
