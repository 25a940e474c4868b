package no.gevinst.lesson.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.lesson.Lesson;
import no.gevinst.lesson.LessonId;
import no.gevinst.lesson.Lessons;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.ProgrammeId;
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

/** Writing a programme's lessons: the form for a new one and for changing one. */
@Controller
@RequestMapping("/programmes/{id}/lessons")
class LessonController {

    private static final String FORM = "lesson/form";

    private final Lessons lessons;
    private final Programmes programmes;
    private final Benefits benefits;

    LessonController(Lessons lessons, Programmes programmes, Benefits benefits) {
        this.lessons = lessons;
        this.programmes = programmes;
        this.benefits = benefits;
    }

    @GetMapping
    String list(@PathVariable ProgrammeId id) {
        visible(id);
        return "redirect:/lessons?programme=" + id;
    }

    @GetMapping("/new")
    String newForm(@PathVariable ProgrammeId id, Model model) {
        lessons.requireWriter(id);
        LessonForm form = new LessonForm();
        form.setPhase(visible(id).currentPhase().name());
        return form(model, visible(id), form, null);
    }

    @PostMapping
    String create(
            @PathVariable ProgrammeId id,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, visible(id), form, null);
        }
        return new FormPost(binding, redirect, response)
                .save(
                        () -> lessons.create(id, form.toInput()),
                        Lesson::title,
                        created -> "/programmes/" + id + "/lessons/" + created.id(),
                        "lesson.refused",
                        () -> form(model, visible(id), form, null));
    }

    @GetMapping("/{lesson}/edit")
    String editForm(@PathVariable ProgrammeId id, @PathVariable LessonId lesson, Model model) {
        lessons.requireWriter(id);
        return form(model, visible(id), LessonForm.of(existing(id, lesson)), lesson);
    }

    @PostMapping("/{lesson}")
    String update(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        existing(id, lesson);
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, visible(id), form, lesson);
        }
        return new FormPost(binding, redirect, response)
                .save(
                        () -> lessons.update(id, lesson, form.toInput(), form.expectedVersion()),
                        Lesson::title,
                        updated -> "/programmes/" + id + "/lessons/" + lesson,
                        "lesson.refused",
                        () -> form(model, visible(id), form, lesson));
    }

    private String form(Model model, Programme programme, LessonForm form, LessonId lesson) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("lessonId", lesson);
        model.addAttribute("phases", Phase.values());
        model.addAttribute(
                "benefits",
                benefits.list(BenefitQuery.inProgramme(programme.id())).stream()
                        .sorted(Comparator.comparing(b -> b.code()))
                        .toList());
        return FORM;
    }

    private Programme visible(ProgrammeId id) {
        return programmes.require(id);
    }

    private Lesson existing(ProgrammeId id, LessonId lesson) {
        return lessons.find(id, lesson).orElseThrow(() -> new NotFoundException("lesson", lesson));
    }

    @PostMapping("/{lesson}/delete")
    String delete(
            @PathVariable ProgrammeId id,
            @PathVariable LessonId lesson,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        lessons.requireWriter(id);
        Lesson found = existing(id, lesson);
        return PageDeletes.delete(
                version,
                v -> lessons.delete(id, lesson, v),
                new PageDeletes.Deletion(
                        found.title(), "/lessons?programme=" + id, "/programmes/" + id + "/lessons/" + lesson),
                model,
                redirect,
                response);
    }
}
