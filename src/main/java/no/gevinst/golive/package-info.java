/**
 * Owns go-live waves: which organisations and units of a programme take the solution into use on which date, which
 * units are live, and the indicators whose baseline is set at a unit's go-live. Reads programmes, organisations,
 * benefits and indicators through their facades, none of which depends on it; tells the indicator module the go-live
 * days of anchored indicators through its {@code GoLiveDays}, and publishes its {@code GoLiveDatesChanged} when a
 * go-live moves, on which the indicator module refreshes the traffic light it stores for them. The phase gates (plan) and the dashboard's JSON
 * (portfolio) read which units are live through {@link no.gevinst.golive.GoLiveWaves#liveStatus}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Go-live waves")
package no.gevinst.golive;
