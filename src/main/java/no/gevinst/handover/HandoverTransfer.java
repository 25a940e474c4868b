package no.gevinst.handover;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/**
 * A programme's handovers of benefits to the line, with the improvement items each handover put on the receiving
 * organisation's backlog, for its export and import (issue 20). Items an organisation wrote itself belong to no
 * programme and stay behind.
 */
@Component
public class HandoverTransfer extends ProgrammeTables {

    HandoverTransfer(TableRows rows) {
        super(rows, tables("handover", """
                        SELECT * FROM handover WHERE programme_id = ? ORDER BY proposed_at, id
                        """, "improvement_item", """
                        SELECT x.* FROM improvement_item x JOIN handover h ON h.id = x.handover_id
                        WHERE h.programme_id = ? ORDER BY x.created_at, x.id
                        """));
    }
}
