/** Owns the portfolio across programmes: the double-counting control with its decisions, and gross and net totals. */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package no.gevinst.portfolio;
