/**
 * Owns benefit-driven configuration (seed 000 §2.3.1, §2.3.4): a programme's configuration decisions for the EHR and
 * other solutions, the KPIs each serves and how the solution can produce them, the share of the programme's indicators
 * delivered by machine, and optimisations proposed after go-live ranked by the value of the benefits they serve.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Benefit-driven configuration",
        allowedDependencies = {
            "shared",
            "access",
            "audit",
            "organisation",
            "programme",
            "benefit",
            "indicator",
            "valuation"
        })
package no.gevinst.configdecision;
