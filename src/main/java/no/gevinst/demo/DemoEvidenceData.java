package no.gevinst.demo;

import java.util.List;

/**
 * One programme's evidence of attribution as {@code demo/evidence.json} writes it; the benefits it supports by the
 * start of their titles. Left-out fields are blank, as in the form.
 */
record DemoEvidenceData(String programme, List<Evidence> evidence) {

    /** An evaluation, a study or another source of evidence. */
    record Evidence(
            String kind,
            String title,
            String design,
            String performedBy,
            String periodStart,
            String periodEnd,
            String status,
            String source,
            List<String> benefits) {}
}
