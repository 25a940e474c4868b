package no.gevinst.indicator;

/**
 * One measurement as text, as a form, file row, API call or FHIR report sends it; read once, at that edge, into a
 * {@link MeasurementCommand}. The organisation is given by id or by organisation number; {@code unitOfMeasure}, when
 * given, must be the indicator's unit.
 */
public record MeasurementInput(
        String value,
        String periodStart,
        String periodEnd,
        String organisation,
        String subUnit,
        String unitOfMeasure,
        String method,
        String confidence,
        String comment)
        implements java.io.Serializable {}
