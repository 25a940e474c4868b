package no.gevinst.demo;

import java.util.List;

/**
 * One programme's lessons learned and pilots as {@code demo/lessons.json} writes them: areas by name (none when the
 * programme has no such area), benefits by title, units and people by their demo keys.
 */
record DemoLessonData(String programme, List<Lesson> lessons, List<Pilot> pilots) {

    DemoLessonData {
        lessons = lessons == null ? List.of() : lessons;
        pilots = pilots == null ? List.of() : pilots;
    }

    /** A lesson with the measures it led to. */
    record Lesson(
            String title,
            String happened,
            String worked,
            String didNotWork,
            String recommendation,
            String phase,
            String area,
            String process,
            List<String> benefits,
            List<Measure> measures) {

        Lesson {
            benefits = benefits == null ? List.of() : benefits;
            measures = measures == null ? List.of() : measures;
        }
    }

    /** A measure a lesson led to. */
    record Measure(String action, String owner, String deadline) {}

    /** A pilot in a unit and the decision it led to. */
    record Pilot(
            String what,
            String unit,
            String startsOn,
            String endsOn,
            String outcome,
            String decision,
            String decidedOn,
            String decidedBy) {}
}
