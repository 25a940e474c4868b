/** Owns the benefit dependency network (gevinstkart): enablers, changes and their descriptions, links and rules. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package no.gevinst.network;
