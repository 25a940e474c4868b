package no.gevinst.programme;

/** An objective as sent: its number in the programme and what it says. */
public record ObjectiveInput(String number, String description) {}
