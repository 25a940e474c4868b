/** Owns valuation: assumptions, calculation models, phase-in, costs and the state's economic rules. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Valuation")
package no.gevinst.valuation;
