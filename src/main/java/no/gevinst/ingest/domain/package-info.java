/** The ingestion module's readers of measurement files (CSV, XLSX) and FHIR MeasureReports, and the import jobs. */
@org.jspecify.annotations.NullMarked
package no.gevinst.ingest.domain;
