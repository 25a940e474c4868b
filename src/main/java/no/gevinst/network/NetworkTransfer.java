package no.gevinst.network;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's benefit network with its change descriptions, for its export and import (issue 20). */
@Component
public class NetworkTransfer extends ProgrammeTables {

    NetworkTransfer(TableRows rows) {
        super(rows, tables("network_element", """
                        SELECT * FROM network_element WHERE programme_id = ? ORDER BY created_at, id
                        """, "network_link", """
                        SELECT * FROM network_link WHERE programme_id = ? ORDER BY from_id, to_id
                        """, "change_description", """
                        SELECT x.* FROM change_description x JOIN network_element e ON e.id = x.element_id
                        WHERE e.programme_id = ? ORDER BY x.element_id
                        """));
    }
}
