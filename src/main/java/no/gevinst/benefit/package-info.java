/** Owns the benefit register: benefit profiles, their lifecycle, allocations and health warnings. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Benefits")
package no.gevinst.benefit;
