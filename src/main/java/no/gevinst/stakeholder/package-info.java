/** Owns stakeholder analyses (interest and influence on a grid, their concerns) and the involvement plan's actions. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Stakeholders and involvement",
        allowedDependencies = {"shared", "access", "audit", "organisation", "programme"})
package no.gevinst.stakeholder;
