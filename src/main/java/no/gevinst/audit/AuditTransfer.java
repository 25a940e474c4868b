package no.gevinst.audit;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's audit entries, for its export to administrators and its import (issue 20). */
@Component
public class AuditTransfer extends ProgrammeTables {

    AuditTransfer(TableRows rows) {
        super(rows, tables("audit_log", """
                        SELECT x.occurred_at, x.actor, x.entity_type, x.entity_id, x.action, x.before_state, x.after_state,
                               x.programme_id, x.organisation_id
                        FROM audit_log x WHERE x.programme_id = ? ORDER BY x.id
                        """));
    }
}
