package no.gevinst.demo;

import java.util.List;

/**
 * One programme's stakeholder analysis as {@code demo/stakeholders.json} writes it: each stakeholder (its
 * organisation by demo key, none for a group across them) with the actions of the involvement plan, people by their
 * demo keys; an action that is a measure has an owner and a deadline.
 */
record DemoStakeholderData(String programme, List<Stakeholder> stakeholders) {

    /** A stakeholder group, with interest and influence from 1 to 5. */
    record Stakeholder(
            String name,
            String kind,
            String interest,
            String influence,
            String concerns,
            String organisation,
            List<Action> actions) {

        Stakeholder {
            actions = actions == null ? List.of() : actions;
        }
    }

    /** An action of the involvement plan. */
    record Action(
            String description,
            String plannedOn,
            String channel,
            String responsible,
            boolean measure,
            String measureOwner,
            String measureDeadline) {}
}
