package no.gevinst.valuation;

import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** A programme's valuation inputs (settings, assumptions, benefit models, costs), for its export and import (issue 20). */
@Component
public class ValuationTransfer extends ProgrammeTables {

    private static final String MODELS = "benefit_valuation";

    private final BenefitTransfer benefits;

    ValuationTransfer(TableRows rows, BenefitTransfer benefits) {
        super(rows, tables("valuation_settings", """
                        SELECT * FROM valuation_settings WHERE programme_id = ?
                        """, "assumption", """
                        SELECT * FROM assumption WHERE programme_id = ? ORDER BY name
                        """, MODELS, """
                        SELECT * FROM benefit_valuation WHERE benefit_id = ANY(CAST(? AS uuid[])) ORDER BY benefit_id
                        """, "valuation_cost", """
                        SELECT * FROM valuation_cost WHERE programme_id = ? ORDER BY year, kind, id
                        """));
        this.benefits = benefits;
    }

    /** The benefits' models are found by the programme's benefits, as the benefit module names them. */
    @Override
    protected Object[] parametersOf(String table, ProgrammeId programme) {
        return table.equals(MODELS) ? new Object[] {benefits.idsIn(programme)} : super.parametersOf(table, programme);
    }
}
