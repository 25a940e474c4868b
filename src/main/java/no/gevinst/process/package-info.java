/**
 * Owns process records (patient pathways and work processes, seed 000 §2.3.2): owner, the organisations and units
 * they span, their KPIs, the as-is and to-be BPMN 2.0 diagrams with the SVG the server renders from them, and which
 * changes of the benefit map change which steps.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Processes",
        allowedDependencies = {
            "shared",
            "access",
            "audit",
            "organisation",
            "programme",
            "benefit",
            "indicator",
            "network"
        })
package no.gevinst.process;
