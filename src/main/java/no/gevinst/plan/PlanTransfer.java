package no.gevinst.plan;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's plans with every version and its frozen snapshot, measures, risks and phase gate decisions, for its export and import (issue 20). */
@Component
public class PlanTransfer extends ProgrammeTables {

    PlanTransfer(TableRows rows) {
        super(
                rows,
                tables(
                        "plan",
                        """
                        SELECT * FROM plan WHERE programme_id = ? ORDER BY created_at, id
                        """,
                        "plan_version",
                        """
                        SELECT x.* FROM plan_version x JOIN plan p ON p.id = x.plan_id WHERE p.programme_id = ? ORDER BY x.plan_id, x.number
                        """,
                        "plan_measure",
                        """
                        SELECT x.* FROM plan_measure x JOIN plan p ON p.id = x.plan_id WHERE p.programme_id = ? ORDER BY x.plan_id, x.id
                        """,
                        "plan_risk",
                        """
                        SELECT x.* FROM plan_risk x JOIN plan p ON p.id = x.plan_id WHERE p.programme_id = ? ORDER BY x.plan_id, x.id
                        """,
                        "phase_gate_decision",
                        """
                        SELECT * FROM phase_gate_decision WHERE programme_id = ? ORDER BY decided_at, id
                        """));
    }
}
