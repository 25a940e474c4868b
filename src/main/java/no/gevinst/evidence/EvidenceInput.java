package no.gevinst.evidence;

import java.util.List;

/**
 * An evaluation as a form or a client sends it; the service checks it and names every bad field.
 *
 * @param periodStart ISO date, or blank
 * @param effectSize a number as typed in Norway ("1 234,5") or by a machine ("1234.5"), or blank
 * @param benefitIds the benefits of the programme it is evidence for
 */
public record EvidenceInput(
        String kind,
        String title,
        String design,
        String performedBy,
        String periodStart,
        String periodEnd,
        String status,
        String result,
        String effectSize,
        String effectUnit,
        String ciLow,
        String ciHigh,
        String source,
        String sourceUrl,
        List<String> benefitIds) {

    public EvidenceInput {
        benefitIds = benefitIds == null
                ? List.of()
                : benefitIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
