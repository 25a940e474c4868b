/** Owns the export of a whole programme as one versioned JSON document and its import into another installation. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programme transfer")
package no.gevinst.transfer;
