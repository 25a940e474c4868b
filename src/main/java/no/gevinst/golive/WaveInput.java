package no.gevinst.golive;

import java.util.List;

/**
 * A wave as a form or a client sends it; the service checks it and names every bad field.
 *
 * @param plannedDate ISO date ({@code 2022-05-14})
 * @param actualDate ISO date, or blank while the wave has not gone live
 * @param organisationIds the organisations and units going live: parties of the programme or units under them
 */
public record WaveInput(String name, String plannedDate, String actualDate, List<String> organisationIds) {

    public WaveInput {
        organisationIds = organisationIds == null
                ? List.of()
                : organisationIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
