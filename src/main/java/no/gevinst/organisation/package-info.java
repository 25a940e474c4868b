/** Owns organisations (virksomheter): RHF, HF, kommuner, fastlegekontor, direktorater and their hierarchy. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package no.gevinst.organisation;
