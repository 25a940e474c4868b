package no.gevinst.golive;

import java.util.stream.Collectors;
import no.gevinst.indicator.IndicatorTransfer;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's go-live waves, their units and the baselines anchored at go-live, for its export and import. */
@Component
public class GoLiveTransfer extends ProgrammeTables {

    private static final String ANCHORS = "golive_baseline_anchor";

    private final IndicatorTransfer indicators;

    GoLiveTransfer(TableRows rows, IndicatorTransfer indicators) {
        super(
                rows,
                tables(
                        "golive_wave",
                        "SELECT * FROM golive_wave WHERE programme_id = ? ORDER BY id",
                        "golive_wave_unit",
                        "SELECT * FROM golive_wave_unit WHERE programme_id = ? ORDER BY wave_id, organisation_id",
                        ANCHORS,
                        """
                        SELECT * FROM golive_baseline_anchor WHERE indicator_id = ANY(CAST(? AS uuid[]))
                        ORDER BY indicator_id
                        """));
        this.indicators = indicators;
    }

    /** The anchors are found by the programme's indicators, as the indicator module names them. */
    @Override
    protected Object[] parametersOf(String table, ProgrammeId programme) {
        if (!table.equals(ANCHORS)) {
            return super.parametersOf(table, programme);
        }
        return new Object[] {
            indicators.idsIn(programme).stream()
                    .map(id -> id.value().toString())
                    .collect(Collectors.joining(",", "{", "}"))
        };
    }
}
