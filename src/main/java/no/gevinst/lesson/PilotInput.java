package no.gevinst.lesson;

/** A pilot as typed; the unit and the decider by id, the decision by name. */
public record PilotInput(
        String what,
        String unitId,
        String startsOn,
        String endsOn,
        String outcome,
        String decision,
        String decidedOn,
        String decidedById) {}
