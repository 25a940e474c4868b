package no.gevinst.decision;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's board decisions with the targets they set, for its export and import (issue 20). */
@Component
public class DecisionTransfer extends ProgrammeTables {

    DecisionTransfer(TableRows rows) {
        super(rows, tables("board_decision", """
                        SELECT * FROM board_decision WHERE programme_id = ? ORDER BY number
                        """, "decided_economic_target", """
                        SELECT x.* FROM decided_economic_target x JOIN board_decision d ON d.id = x.decision_id WHERE d.programme_id = ?
                        ORDER BY x.decision_id, x.organisation_id, x.year, x.benefit_class
                        """, "decided_kpi_target", """
                        SELECT x.* FROM decided_kpi_target x JOIN board_decision d ON d.id = x.decision_id WHERE d.programme_id = ?
                        ORDER BY x.decision_id, x.organisation_id, x.indicator_id
                        """));
    }
}
