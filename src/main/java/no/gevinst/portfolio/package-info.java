/**
 * Owns the portfolio across programmes: the double-counting control with its decisions, gross and net totals, and
 * the benefits flowing between organisations with the benefiting parties' sign-offs.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package no.gevinst.portfolio;
