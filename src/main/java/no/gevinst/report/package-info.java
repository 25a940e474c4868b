/** Owns the printed documents: renders them from templates/documents with the one document stylesheet to PDF. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package no.gevinst.report;
