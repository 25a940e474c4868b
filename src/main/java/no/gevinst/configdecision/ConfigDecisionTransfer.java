package no.gevinst.configdecision;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's configuration decisions and the KPIs each is to produce, for its export and import (issue 20). */
@Component
public class ConfigDecisionTransfer extends ProgrammeTables {

    ConfigDecisionTransfer(TableRows rows) {
        super(rows, tables("config_decision", """
                        SELECT * FROM config_decision WHERE programme_id = ? ORDER BY updated_at, id
                        """, "config_decision_kpi", """
                        SELECT x.* FROM config_decision_kpi x JOIN config_decision d ON d.id = x.decision_id
                        WHERE d.programme_id = ? ORDER BY x.decision_id, x.position
                        """));
    }
}
