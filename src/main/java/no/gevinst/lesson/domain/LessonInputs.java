package no.gevinst.lesson.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonInput;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;
import org.springframework.stereotype.Component;

/** Reads a lesson as typed, naming every field that is wrong. */
@Component
class LessonInputs {

    static final int MAX_BENEFITS = 50;

    private final Benefits benefits;

    LessonInputs(Benefits benefits) {
        this.benefits = benefits;
    }

    Lesson lesson(LessonId id, Programme programme, LessonInput input, PersonId writer, boolean demo, long version) {
        Violations v = new Violations();
        String title = text("title", input.title(), TextLimits.LINE, true, v);
        String happened = text("happened", input.happened(), TextLimits.PARAGRAPHS, true, v);
        String worked = text("worked", input.worked(), TextLimits.PARAGRAPHS, false, v);
        String didNotWork = text("didNotWork", input.didNotWork(), TextLimits.PARAGRAPHS, false, v);
        String recommendation = text("recommendation", input.recommendation(), TextLimits.PARAGRAPHS, true, v);
        String process = text("processTag", input.process(), TextLimits.LINE, false, v);
        Optional<Phase> phase = Phase.parse(input.phase());
        if (phase.isEmpty()) {
            v.add("phase", "lesson.phase.invalid");
        }
        FrameworkItemId area = area(programme, input.areaId(), v);
        List<BenefitId> linked = benefits(programme, input.benefitIds(), v);
        v.throwIfAny();
        return new Lesson(
                id,
                programme.id(),
                title,
                happened,
                worked,
                didNotWork,
                recommendation,
                phase.get(),
                area,
                process,
                linked,
                writer,
                NorwegianTime.clock().instant(),
                demo,
                version);
    }

    static String text(String field, String raw, int limit, boolean required, Violations v) {
        Inputs.check(field, raw, v);
        String text = Inputs.text(raw);
        if (required && text.isEmpty() && !v.has(field)) {
            v.add(field, "lesson." + field + ".required");
        } else if (text.length() > limit && !v.has(field)) {
            v.add(field, "text.tooLong", limit, text.length());
        }
        return text;
    }

    private static FrameworkItemId area(Programme programme, String raw, Violations v) {
        if (Inputs.text(raw).isEmpty()) {
            return null;
        }
        Optional<FrameworkItem> area = Ids.parse(raw, FrameworkItemId::new)
                .flatMap(programme::frameworkItem)
                .filter(i -> programme.areas().contains(i));
        if (area.isEmpty()) {
            v.add("areaId", "lesson.area.invalid");
            return null;
        }
        return area.get().id();
    }

    private List<BenefitId> benefits(Programme programme, List<String> raw, Violations v) {
        List<BenefitId> linked = new ArrayList<>();
        if (raw.size() > MAX_BENEFITS) {
            v.add("benefitIds", "lesson.benefits.tooMany", MAX_BENEFITS);
            return linked;
        }
        for (String text : raw) {
            if (Inputs.text(text).isEmpty()) {
                continue;
            }
            Optional<Benefit> benefit = Ids.parse(text, BenefitId::new)
                    .flatMap(benefits::find)
                    .filter(b -> b.programme().equals(programme.id()));
            if (benefit.isEmpty()) {
                v.add("benefitIds", "lesson.benefits.invalid");
                return linked;
            }
            if (!linked.contains(benefit.get().id())) {
                linked.add(benefit.get().id());
            }
        }
        return linked;
    }
}
