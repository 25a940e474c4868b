package no.gevinst.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;

/** The value one of the programme's indicators shall reach in one organisation by a date. */
public record DecidedKpiTarget(
        OrganisationId organisation, IndicatorId indicator, BigDecimal targetValue, LocalDate due) {

    public DecidedKpiTarget {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(due, "due");
    }
}
