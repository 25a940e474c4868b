/** The transfer module's export document, its reader and the all-or-nothing import with its id mapping. */
@org.jspecify.annotations.NullMarked
package no.gevinst.transfer.domain;
