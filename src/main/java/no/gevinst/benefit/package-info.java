/** Owns the benefit register: benefit profiles, their lifecycle, allocations and health warnings. */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits")
package no.gevinst.benefit;
