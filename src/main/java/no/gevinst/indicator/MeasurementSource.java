package no.gevinst.indicator;

/** How a measurement arrived. */
public enum MeasurementSource {
    FORM,
    FILE,
    API,
    FHIR
}
