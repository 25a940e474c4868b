package no.gevinst.portfolio;

import no.gevinst.shared.ProgrammeTables;
import no.gevinst.shared.TableRows;
import org.springframework.stereotype.Component;

/** The sign-offs of a programme's actuals, for its export and import (issue 20). */
@Component
public class SignOffTransfer extends ProgrammeTables {

    SignOffTransfer(TableRows rows) {
        super(rows, tables("actuals_sign_off", """
                        SELECT x.* FROM actuals_sign_off x JOIN benefit b ON b.id = x.benefit_id WHERE b.programme_id = ?
                        ORDER BY x.benefit_id, x.organisation_id, x.period_start
                        """));
    }
}
