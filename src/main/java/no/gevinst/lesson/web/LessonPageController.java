package no.gevinst.lesson.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.LessonMeasure;
import no.gevinst.lesson.Lessons;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One lesson: what was learned, the benefits it concerns, and the measures it started. */
@Controller
@RequestMapping("/programmes/{id}/lessons/{lesson}")
class LessonPageController {

    private final Lessons lessons;
    private final Programmes programmes;
    private final Benefits benefits;
    private final People people;

    LessonPageController(Lessons lessons, Programmes programmes, Benefits benefits, People people) {
        this.lessons = lessons;
        this.programmes = programmes;
        this.benefits = benefits;
        this.people = people;
    }

    @GetMapping
    String page(@PathVariable ProgrammeId id, @PathVariable LessonId lesson, Model model) {
        return page(id, lesson, new LessonMeasureForm(), model);
    }

    @PostMapping("/measures")
    String addMeasure(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @Valid @ModelAttribute("measureForm") LessonMeasureForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        existing(id, lesson);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return page(id, lesson, form, model);
        }
        String saved = FormErrors.saved(
                () -> {
                    lessons.addMeasure(id, lesson, form.toInput());
                    redirect.addFlashAttribute("measureSaved", form.getAction());
                    return "redirect:/programmes/" + id + "/lessons/" + lesson + "#measures";
                },
                binding,
                response);
        return saved != null ? saved : page(id, lesson, form, model);
    }

    @PostMapping("/measures/{lessonMeasure}/done")
    String markDone(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @PathVariable("lessonMeasure") UUID measure,
            @RequestParam(name = "done", required = false) String done,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        existing(id, lesson);
        try {
            lessons.markDone(id, lesson, measure, !"false".equals(done), LessonForm.Versions.parse(version));
            return "redirect:/programmes/" + id + "/lessons/" + lesson + "#measures";
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("lessonErrors", List.of("version.conflict"));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("lessonErrors", List.of("version.invalid"));
        }
        return page(id, lesson, new LessonMeasureForm(), model);
    }

    private String page(ProgrammeId id, LessonId lessonId, LessonMeasureForm form, Model model) {
        Programme programme = visible(id);
        Lesson lesson = existing(id, lessonId);
        boolean canEdit = lessons.canWrite(id);
        List<LessonMeasure> measures = lessons.measures(id, lessonId);
        model.addAttribute("programme", programme);
        model.addAttribute("lesson", lesson);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute(
                "area",
                lesson.area() == null
                        ? null
                        : programme
                                .frameworkItem(lesson.area())
                                .map(i -> i.name())
                                .orElse(null));
        model.addAttribute(
                "linkedBenefits",
                lesson.benefits().stream()
                        .map(b -> benefits.find(b).orElse(null))
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(Benefit::code))
                        .toList());
        addMeasures(model, programme, measures, canEdit);
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", form);
        }
        return "lesson/lesson";
    }

    /** The lesson's measures, their owners' names, and whom a new measure may be given to. */
    private void addMeasures(Model model, Programme programme, List<LessonMeasure> measures, boolean canEdit) {
        Map<PersonId, Person> named =
                people.findAll(measures.stream().map(LessonMeasure::owner).collect(Collectors.toSet()));
        model.addAttribute("measures", measures);
        model.addAttribute(
                "ownerNames",
                named.entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> e.getKey(), e -> e.getValue().name())));
        model.addAttribute(
                "owners",
                canEdit
                        ? people.inOrganisations(programme.organisations()).stream()
                                .sorted(Comparator.comparing(Person::name))
                                .toList()
                        : List.of());
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Lesson existing(ProgrammeId id, LessonId lesson) {
        return lessons.find(id, lesson).orElseThrow(() -> new NotFoundException("lesson", lesson));
    }
}
