package no.gevinst.valuation;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's valuation inputs (settings, assumptions, benefit models, costs), for its export and import (issue 20). */
@Component
public class ValuationTransfer extends ProgrammeTables {

    ValuationTransfer(TableRows rows) {
        super(
                rows,
                tables("valuation_settings", """
                        SELECT * FROM valuation_settings WHERE programme_id = ?
                        """, "assumption", """
                        SELECT * FROM assumption WHERE programme_id = ? ORDER BY name
                        """, "benefit_valuation", """
                        SELECT x.* FROM benefit_valuation x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ? ORDER BY x.benefit_id
                        """, "valuation_cost", """
                        SELECT * FROM valuation_cost WHERE programme_id = ? ORDER BY year, kind, id
                        """));
    }
}
