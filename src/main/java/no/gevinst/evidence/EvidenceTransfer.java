package no.gevinst.evidence;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's evidence of attribution and the benefits each piece supports, for its export and import (issue 20). */
@Component
public class EvidenceTransfer extends ProgrammeTables {

    EvidenceTransfer(TableRows rows) {
        super(rows, tables("evidence", """
                        SELECT * FROM evidence WHERE programme_id = ? ORDER BY title, id
                        """, "evidence_benefit", """
                        SELECT x.* FROM evidence_benefit x JOIN evidence e ON e.id = x.evidence_id
                        WHERE e.programme_id = ? ORDER BY x.evidence_id, x.benefit_id
                        """));
    }
}
