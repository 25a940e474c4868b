package no.gevinst.lesson;

import java.util.Optional;
import no.gevinst.programme.Phase;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/**
 * A search among the lessons of every programme the user sees: words to find (empty for all), and optionally a
 * phase, benefit area and programme; one page of {@link #SIZE} at a time.
 */
public record LessonQuery(String text, Phase phase, FrameworkItemId area, ProgrammeId programme, int page) {

    public static final int SIZE = 20;
    public static final int MAX_PAGE = 500;

    public static LessonQuery all() {
        return new LessonQuery("", null, null, null, 0);
    }

    /** The query as a request's parameters type it; an InvalidInputException names the first that does not parse. */
    public static LessonQuery parse(String q, String phase, String area, String programme, String page) {
        Violations violations = new Violations();
        String text = Inputs.text(q);
        Inputs.check("q", q, violations);
        if (text.length() > TextLimits.LINE) {
            violations.add("q", "text.tooLong", TextLimits.LINE, text.length());
        }
        Phase chosenPhase = blank(phase) ? null : Phase.parse(phase).orElse(null);
        if (!blank(phase) && chosenPhase == null) {
            violations.add("phase", "lesson.query.phase.invalid");
        }
        FrameworkItemId chosenArea = id(area, FrameworkItemId::new, "area", violations);
        ProgrammeId chosenProgramme = id(programme, ProgrammeId::new, "programme", violations);
        int number = pageNumber(page, violations);
        violations.throwIfAny();
        return new LessonQuery(text, chosenPhase, chosenArea, chosenProgramme, number);
    }

    private static <T> T id(
            String text, java.util.function.Function<java.util.UUID, T> make, String field, Violations v) {
        if (blank(text)) {
            return null;
        }
        Optional<T> id = Ids.parse(text, make);
        if (id.isEmpty()) {
            v.add(field, "lesson.query." + field + ".invalid");
        }
        return id.orElse(null);
    }

    private static int pageNumber(String text, Violations violations) {
        if (blank(text)) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        violations.add("page", "lesson.query.page.invalid");
        return 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
