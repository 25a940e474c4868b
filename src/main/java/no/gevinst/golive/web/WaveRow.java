package no.gevinst.golive.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.gevinst.golive.Wave;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.OrganisationId;

/**
 * One wave as the timeline shows it: its units by name and whether it is live today.
 *
 * @param status LIVE, OVERDUE (the planned day passed with no actual day recorded) or NOT_YET
 * @param hiddenUnits units the reader may not see, counted but not named
 */
record WaveRow(Wave wave, List<String> units, int hiddenUnits, String status) {

    static WaveRow of(Wave wave, Map<OrganisationId, Organisation> visible, LocalDate today) {
        List<String> names = wave.units().stream()
                .filter(visible::containsKey)
                .map(u -> visible.get(u).name())
                .sorted()
                .toList();
        String status = wave.liveOn(today) ? "LIVE" : wave.overdueOn(today) ? "OVERDUE" : "NOT_YET";
        return new WaveRow(wave, names, wave.units().size() - names.size(), status);
    }
}
