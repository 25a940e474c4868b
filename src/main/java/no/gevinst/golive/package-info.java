/**
 * Owns go-live waves: which organisations and units of a programme take the solution into use on which date, which
 * units are live, and the indicators whose baseline is set at a unit's go-live. Reads programmes, organisations,
 * benefits and indicators through their facades; none of them depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Go-live waves")
package no.gevinst.golive;
