/** Owns realisation plans: their versions with approval and comparison, measures, risks and phase gates. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package no.gevinst.plan;
