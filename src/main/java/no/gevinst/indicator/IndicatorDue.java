package no.gevinst.indicator;

import java.time.LocalDate;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;

/**
 * An indicator whose next measurement is due: a reminder for whoever measures it.
 *
 * @param lastPeriodEnd the end of the latest measured period
 * @param due the end of the period after it, when its measurement was expected
 * @param stale no measurement has come for 1.5 × the frequency: overdue, as the indicator's status says too
 */
public record IndicatorDue(
        IndicatorId indicator,
        String name,
        BenefitId benefit,
        String benefitCode,
        ProgrammeId programme,
        Frequency frequency,
        LocalDate lastPeriodEnd,
        LocalDate due,
        boolean stale) {}
