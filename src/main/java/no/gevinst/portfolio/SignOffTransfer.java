package no.gevinst.portfolio;

import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** The sign-offs of a programme's actuals, for its export and import (issue 20). */
@Component
public class SignOffTransfer extends ProgrammeTables {

    private final BenefitTransfer benefits;

    SignOffTransfer(TableRows rows, BenefitTransfer benefits) {
        super(rows, tables("actuals_sign_off", """
                        SELECT * FROM actuals_sign_off WHERE benefit_id = ANY(CAST(? AS uuid[]))
                        ORDER BY benefit_id, organisation_id, period_start
                        """));
        this.benefits = benefits;
    }

    /** The sign-offs are found by the programme's benefits, as the benefit module names them. */
    @Override
    protected Object[] parametersOf(String table, ProgrammeId programme) {
        return new Object[] {benefits.idsIn(programme)};
    }
}
