/** Owns organisations (virksomheter): RHF, HF, kommuner, fastlegekontor, direktorater and their hierarchy. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package no.gevinst.organisation;
