/**
 * Owns the printed documents (plan, annual status, steering group report, board summary, benefit map): gathers their
 * data through the other modules' public APIs and renders them from templates/documents to PDF.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package no.gevinst.report;
