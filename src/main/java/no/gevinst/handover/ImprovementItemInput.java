package no.gevinst.handover;

import java.io.Serializable;
import java.util.List;

/**
 * A measure the line adds to its own improvement backlog, as a client sends it: text, so that every bad value is named.
 *
 * @param responsibleId the person who carries it out, blank for none yet
 * @param deadline ISO date, blank for none
 * @param organisationIds the other organisations it needs besides the backlog's own; with any, the regional
 *     coordinator names who coordinates it
 */
public record ImprovementItemInput(String action, String responsibleId, String deadline, List<String> organisationIds)
        implements Serializable {}
