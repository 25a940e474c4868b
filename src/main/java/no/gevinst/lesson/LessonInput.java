package no.gevinst.lesson;

import java.util.List;

/** A lesson as typed; the phase by name, the area and benefits by id. */
public record LessonInput(
        String title,
        String happened,
        String worked,
        String didNotWork,
        String recommendation,
        String phase,
        String areaId,
        String process,
        List<String> benefitIds) {

    public LessonInput {
        benefitIds = benefitIds == null
                ? List.of()
                : benefitIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
