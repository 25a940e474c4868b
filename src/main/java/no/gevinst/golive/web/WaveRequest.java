package no.gevinst.golive.web;

import java.util.List;
import no.gevinst.golive.WaveInput;

/**
 * A wave as the API receives it.
 *
 * @param plannedDate ISO date ({@code 2022-05-14})
 * @param actualDate ISO date, or null while the wave has not gone live
 * @param organisationIds the organisations and units going live: the programme's parties or units under them
 * @param version on a change, the version read (or send it as If-Match)
 */
record WaveRequest(String name, String plannedDate, String actualDate, List<String> organisationIds, Long version) {

    WaveInput toInput() {
        return new WaveInput(name, plannedDate, actualDate, organisationIds);
    }
}
