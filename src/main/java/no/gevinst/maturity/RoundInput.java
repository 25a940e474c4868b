package no.gevinst.maturity;

import java.util.List;

/**
 * A round as a form or a client sends it; the service checks it and names every bad field.
 *
 * @param opensOn ISO date or dd.mm.yyyy
 * @param closesOn the same, on or after {@code opensOn}
 * @param organisationIds the organisations and units it is sent to: the programme's parties or units under them
 * @param waveId a go-live wave of the programme whose units it is sent to as well, or blank
 */
public record RoundInput(
        String name, String template, String opensOn, String closesOn, List<String> organisationIds, String waveId) {

    public RoundInput {
        organisationIds = organisationIds == null
                ? List.of()
                : organisationIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
