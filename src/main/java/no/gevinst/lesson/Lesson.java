package no.gevinst.lesson;

import java.time.Instant;
import java.util.List;
import no.gevinst.programme.Phase;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.Versioned;

/**
 * A lesson learned (seed 000 §2.3.5): what happened, what worked and what did not, and what the programme recommends
 * others to do, tagged by the phase it was learned in, the benefit area and process it concerns.
 *
 * @param area a benefit area of the programme's framework; null when the lesson concerns none in particular
 * @param process the process it concerns, as a free tag for now; empty when none
 * @param writtenBy the person who last wrote it; null when it was not a person (the demo's loader)
 */
public record Lesson(
        LessonId id,
        ProgrammeId programme,
        String title,
        String happened,
        String worked,
        String didNotWork,
        String recommendation,
        Phase phase,
        FrameworkItemId area,
        String process,
        List<BenefitId> benefits,
        PersonId writtenBy,
        Instant updatedAt,
        boolean demo,
        long version)
        implements Versioned {

    public Lesson {
        benefits = List.copyOf(benefits);
    }
}
