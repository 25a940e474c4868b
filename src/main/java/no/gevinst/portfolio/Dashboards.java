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
}
