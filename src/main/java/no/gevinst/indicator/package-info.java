/** Owns indicators, baselines, target trajectories, measurements and the status computed from them. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package no.gevinst.indicator;
