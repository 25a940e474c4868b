/** Owns the append-only audit log through which every write in Gevinst is recorded. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package no.gevinst.audit;
