package no.gevinst.portfolio;

import java.time.LocalDate;
import no.gevinst.shared.ProgrammeId;

/** The portfolio dashboard, from the same services as the register, the valuations and the plans. */
public interface Dashboards {

    /**
     * The dashboard of one visible programme, or of every visible programme when {@code programme} is null; an
     * invisible or unknown programme is not found.
     */
    Dashboard of(ProgrammeId programme, LocalDate today);

    /**
     * The realised kroner of a year with every benefit counted and its inputs, for one visible programme or every
     * visible one: the same figures as the dashboard's year. A year after today's is not measured.
     */
    Realised realised(ProgrammeId programme, int year, LocalDate today);
}
