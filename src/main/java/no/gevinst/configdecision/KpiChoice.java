package no.gevinst.configdecision;

import no.gevinst.shared.IndicatorId;

/** An indicator of the programme a decision can serve, labelled by its benefit's code, with its FHIR canonical. */
public record KpiChoice(IndicatorId id, String label, String canonicalUrl) {}
