package no.gevinst.network;

import java.time.LocalDate;

/** A node's start pushed later by a moved enabler upstream, with the enabler that causes it. */
public record SlippageForecast(String node, LocalDate planned, LocalDate forecast, String cause) {}
