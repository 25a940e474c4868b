package no.gevinst.handover;

import no.gevinst.shared.BenefitId;
import no.gevinst.shared.ProgrammeId;

/**
 * A benefit of a closed programme that no line manager has accepted: nobody in the line carries it on.
 *
 * @param status the status of its latest handover, null when none was proposed
 */
public record LineOwnerWarning(
        BenefitId benefit,
        String code,
        String title,
        ProgrammeId programme,
        String programmeCode,
        HandoverStatus status) {}
