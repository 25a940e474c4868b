package no.gevinst.stakeholder;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's stakeholders and the actions planned to involve them, for its export and import (issue 20). */
@Component
public class StakeholderTransfer extends ProgrammeTables {

    StakeholderTransfer(TableRows rows) {
        super(rows, tables("stakeholder", """
                        SELECT * FROM stakeholder WHERE programme_id = ? ORDER BY name, id
                        """, "stakeholder_action", """
                        SELECT * FROM stakeholder_action WHERE programme_id = ? ORDER BY stakeholder_id, planned_on, id
                        """));
    }
}
