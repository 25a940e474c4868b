package no.gevinst;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.gevinst.indicator.Confidence;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Measurement;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.MeasurementId;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.OrganisationId;

/**
 * Measurements for unit tests that need the record itself, not one stored through the service, written as a person
 * would say it: {@code TestMeasurements.measurement().of(indicator).actual("12,5").in(start, end).build()}. Unless
 * told otherwise it is a current measurement of a new indicator, keyed in on the form with high confidence by "test",
 * for the programme as a whole (no organisation).
 */
public final class TestMeasurements {

    private final Measurement.Builder measurement = Measurement.builder()
            .id(MeasurementId.newId())
            .indicator(IndicatorId.newId())
            .source(MeasurementSource.FORM)
            .confidence(Confidence.HIGH)
            .recordedBy("test");

    private TestMeasurements() {}

    public static TestMeasurements measurement() {
        return new TestMeasurements();
    }

    public TestMeasurements of(IndicatorId indicator) {
        measurement.indicator(indicator);
        return this;
    }

    public TestMeasurements of(Indicator indicator) {
        return of(indicator.id());
    }

    /** The value as written in Norway or by a machine ({@code "12,5"}, {@code "1 234"}, {@code "11.5"}). */
    public TestMeasurements actual(String value) {
        measurement.value(NorwegianNumbers.parseDecimal(value));
        return this;
    }

    public TestMeasurements actual(BigDecimal value) {
        measurement.value(value);
        return this;
    }

    /** The period measured, both days included. */
    public TestMeasurements in(LocalDate start, LocalDate end) {
        measurement.periodStart(start).periodEnd(end);
        return this;
    }

    /** The organisation measured at, and the unit of it; a blank unit is the whole organisation. */
    public TestMeasurements at(OrganisationId organisation, String unit) {
        measurement.organisation(organisation).unit(unit);
        return this;
    }

    public TestMeasurements at(OrganisationId organisation) {
        return at(organisation, "");
    }

    /** How it arrived: by form, file, API or FHIR. */
    public TestMeasurements from(MeasurementSource source) {
        measurement.source(source);
        return this;
    }

    /** Corrected: replaced by a later measurement, for the reason. */
    public TestMeasurements supersededFor(String reason) {
        measurement.supersededBy(MeasurementId.newId()).supersedeReason(reason);
        return this;
    }

    public Measurement build() {
        return measurement.build();
    }
}
