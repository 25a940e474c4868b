package no.gevinst.lesson;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.gevinst.shared.ProgrammeId;

/**
 * Lessons learned and pilots (seed 000 §2.3.5). Whoever sees a programme reads its lessons and pilots, and searches
 * the lessons of every programme they see; its coordinators and gevinsteiere write them, start measures from a lesson
 * and record a pilot's outcome and decision. Every write is audited; a stale version is refused with a
 * VersionConflictException, bad input with an InvalidInputException naming the field, a programme the user does not
 * see with a NotFoundException.
 */
public interface Lessons {

    LessonPage search(LessonQuery query);

    Optional<Lesson> find(ProgrammeId programme, LessonId lesson);

    /** Whether the current user may write the programme's lessons and pilots: a coordinator or gevinsteier of it. */
    boolean canWrite(ProgrammeId programme);

    /** Refuses unless the current user may write (NotFoundException when they do not see the programme). */
    void requireWriter(ProgrammeId programme);

    Lesson create(ProgrammeId programme, LessonInput input);

    Lesson update(ProgrammeId programme, LessonId lesson, LessonInput input, long expectedVersion);

    /** Deletes a lesson with the measures it started. */
    void delete(ProgrammeId programme, LessonId lesson, long expectedVersion);

    List<LessonMeasure> measures(ProgrammeId programme, LessonId lesson);

    LessonMeasure addMeasure(ProgrammeId programme, LessonId lesson, LessonMeasureInput input);

    LessonMeasure markDone(ProgrammeId programme, LessonId lesson, UUID measure, boolean done, long expectedVersion);

    /** The pilots of the programmes the user sees (of one of them when given), the latest first; at most 200. */
    List<Pilot> pilots(Optional<ProgrammeId> programme);

    /** The programme's organisations and every unit under them, by name: where its pilots may run. */
    List<no.gevinst.organisation.Organisation> pilotUnits(ProgrammeId programme);

    Optional<Pilot> findPilot(ProgrammeId programme, UUID pilot);

    Pilot createPilot(ProgrammeId programme, PilotInput input);

    Pilot updatePilot(ProgrammeId programme, UUID pilot, PilotInput input, long expectedVersion);

    void deletePilot(ProgrammeId programme, UUID pilot, long expectedVersion);

    /** A lesson marked as demo: for the application's own loaders, never for requests. */
    Lesson loadDemo(ProgrammeId programme, LessonInput input);

    /** A pilot marked as demo: for the application's own loaders, never for requests. */
    Pilot loadDemoPilot(ProgrammeId programme, PilotInput input);
}
