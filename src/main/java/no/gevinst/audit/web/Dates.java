package no.gevinst.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as Norwegians write them, in messages and filter links. */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {}

    static String shown(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }
}
