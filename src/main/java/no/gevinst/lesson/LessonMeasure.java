package no.gevinst.lesson;

import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.shared.PersonId;

/** A measure (tiltak) a lesson starts: what is to be done, who owns it and by when. */
public record LessonMeasure(
        UUID id, LessonId lesson, String action, PersonId owner, LocalDate deadline, boolean done, long version) {}
