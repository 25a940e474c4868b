/** Owns maturity assessments (modenhetsvurdering): rounds sent from a template, answers, results never shown for fewer than five, and their measures. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Maturity assessments",
        allowedDependencies = {"shared", "access", "audit", "organisation", "programme", "golive"})
package no.gevinst.maturity;
