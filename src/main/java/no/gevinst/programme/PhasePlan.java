package no.gevinst.programme;

import java.time.LocalDate;

/** When a phase is planned to run; the end may be open ("from October 2021"). */
public record PhasePlan(Phase phase, LocalDate plannedStart, LocalDate plannedEnd) {}
