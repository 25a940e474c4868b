package no.gevinst.benefit;

import java.util.UUID;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.PersonId;

/**
 * Published when a benefit passes to the line manager who accepted its handover: its programme has closed (or had
 * closed when they accepted). The benefit module names them the benefit's owner (gevinsteier), so that its indicators,
 * reminders, traffic lights and sign-offs go on under them.
 *
 * @param handover the accepted handover that names the line manager
 */
public record BenefitHandedToLine(BenefitId benefit, PersonId owner, UUID handover) {}
