/** The report module's documents: the data each printed document gathers through the other modules' facades, and their rendering. */
@org.jspecify.annotations.NullMarked
package no.gevinst.report.domain;
