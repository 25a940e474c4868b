/** Owns how measurements arrive by machine and file: CSV and XLSX uploads, the import API and FHIR MeasureReports. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Ingestion")
package no.gevinst.ingest;
