package no.gevinst.golive;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's go-live waves, their units and the baselines anchored at go-live, for its export and import. */
@Component
public class GoLiveTransfer extends ProgrammeTables {

    GoLiveTransfer(TableRows rows) {
        super(
                rows,
                tables(
                        "golive_wave",
                        "SELECT * FROM golive_wave WHERE programme_id = ? ORDER BY id",
                        "golive_wave_unit",
                        "SELECT * FROM golive_wave_unit WHERE programme_id = ? ORDER BY wave_id, organisation_id",
                        "golive_baseline_anchor",
                        """
                        SELECT x.* FROM golive_baseline_anchor x JOIN indicator i ON i.id = x.indicator_id
                        JOIN benefit b ON b.id = i.benefit_id WHERE b.programme_id = ? ORDER BY x.indicator_id
                        """));
    }
}
