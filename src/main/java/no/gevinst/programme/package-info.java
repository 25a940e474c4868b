/** Owns programmes: their phases, parties, steering group, economic target, framework and objectives (effektmål). */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Programmes")
package no.gevinst.programme;
