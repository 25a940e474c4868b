/** Owns evidence of attribution: evaluations and studies, their design, result and effect size, linked to benefits. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence of attribution",
        allowedDependencies = {"shared", "access", "audit", "programme", "benefit"})
package no.gevinst.evidence;
