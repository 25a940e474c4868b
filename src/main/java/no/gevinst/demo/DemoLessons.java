package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonInput;
import no.gevinst.lesson.LessonMeasureInput;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.PilotInput;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helseplattformen's lessons learned and one pilot (issue 19, seed 000 §2.3.5 "Lære av erfaring"), marked as demo and
 * read from {@code demo/lessons.json}: a lesson from a visit to a Nordic hospital, one from the digital booking, one
 * from the baseline measurements; and the digital booking tried in one clinic at St. Olavs before it was rolled out.
 */
@Component
class DemoLessons {

    static final String FILE = "lessons.json";

    private final Lessons lessons;
    private final Benefits benefits;
    private final Programmes programmes;

    DemoLessons(Lessons lessons, Benefits benefits, Programmes programmes) {
        this.lessons = lessons;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId, UnaryOperator<String> person) {
        for (DemoLessonData data : DemoFiles.list(FILE, DemoLessonData[].class)) {
            Programme programme = programmes.find(byCode.get(data.programme())).orElseThrow();
            List<Benefit> register = benefits.list(BenefitQuery.inProgramme(programme.id()));
            for (DemoLessonData.Lesson l : data.lessons()) {
                Lesson lesson = lessons.loadDemo(programme.id(), input(l, programme, register));
                l.measures()
                        .forEach(m -> lessons.addMeasure(
                                programme.id(),
                                lesson.id(),
                                new LessonMeasureInput(m.action(), person.apply(m.owner()), m.deadline())));
            }
            for (DemoLessonData.Pilot p : data.pilots()) {
                lessons.loadDemoPilot(
                        programme.id(),
                        new PilotInput(
                                p.what(),
                                organisationId.apply(p.unit()),
                                p.startsOn(),
                                p.endsOn(),
                                p.outcome(),
                                p.decision(),
                                p.decidedOn(),
                                person.apply(p.decidedBy())));
            }
        }
    }

    private static LessonInput input(DemoLessonData.Lesson l, Programme programme, List<Benefit> register) {
        return new LessonInput(
                l.title(),
                l.happened(),
                l.worked(),
                l.didNotWork(),
                l.recommendation(),
                l.phase(),
                area(programme, l.area()),
                l.process(),
                register.stream()
                        .filter(b -> l.benefits().contains(b.title()))
                        .map(b -> b.id().toString())
                        .toList());
    }

    private static String area(Programme programme, String name) {
        return programme.areas().stream()
                .filter(a -> a.name().equals(name))
                .map(FrameworkItem::id)
                .map(Object::toString)
                .findFirst()
                .orElse("");
    }
}
