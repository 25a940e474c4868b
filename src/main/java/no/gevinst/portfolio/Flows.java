package no.gevinst.portfolio;

import java.util.List;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * Benefits that flow between organisations: who invests, who benefits, and the benefiting party's sign-off of the
 * actuals (DESIGN §3, cross-organisation benefits).
 */
public interface Flows {

    /**
     * The distribution matrix and the cross-organisation benefits with their measured periods, over the programmes
     * the current user may see, or over the one programme given (which must be visible).
     */
    FlowReport report(ProgrammeId programme);

    /**
     * The periods of cross-organisation benefits that an organisation the user speaks for (as Gevinsteier or
     * Gevinstkoordinator) has yet to sign off, among each benefit's latest periods as the flows page shows them; read
     * without valuing any programme.
     */
    List<PendingSignOff> awaitingSignOff();

    /**
     * Records that the benefiting organisation confirms the benefit's actuals for a period; only a Gevinsteier or
     * Gevinstkoordinator of that organisation may. Bad input is refused naming each field, and nothing is written.
     */
    SignOff signOff(BenefitId benefit, SignOffInput input);
}
