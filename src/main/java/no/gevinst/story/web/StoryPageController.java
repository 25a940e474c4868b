package no.gevinst.story.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.Benefits;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FormErrors;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PageDeletes;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.story.Stories;
import no.gevinst.story.Story;
import no.gevinst.story.StoryId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The gallery of success stories, one story's page, the form its writers use, approval, picture and PDF. */
@Controller
class StoryPageController {

    private static final String FORM = "story/form";

    private final Stories stories;
    private final Benefits benefits;

    StoryPageController(Stories stories, Benefits benefits) {
        this.stories = stories;
        this.benefits = benefits;
    }

    @GetMapping("/stories")
    String gallery(Model model) {
        model.addAttribute("items", stories.gallery());
        return "story/gallery";
    }

    @GetMapping("/benefits/{id}/stories/new")
    String newForm(@PathVariable BenefitId id, Model model) {
        stories.requireWriter(id);
        return form(model, visible(id), new StoryForm(), null);
    }

    @PostMapping("/benefits/{id}/stories")
    String create(
            @PathVariable BenefitId id,
            @ModelAttribute("form") StoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        stories.requireWriter(id);
        String saved = FormErrors.saved(
                () -> {
                    Story created = stories.create(id, form.toInput(), form.pictureBytes());
                    redirect.addFlashAttribute("saved", created.title());
                    return "redirect:/stories/" + created.id();
                },
                binding,
                response,
                "story.refused");
        return saved != null ? saved : form(model, visible(id), form, null);
    }

    @GetMapping("/stories/{story}")
    String page(@PathVariable StoryId story, Model model) {
        return page(existing(story), model);
    }

    @GetMapping("/stories/{story}/edit")
    String editForm(@PathVariable StoryId story, Model model) {
        Story s = existing(story);
        stories.requireWriter(s.benefit());
        return form(model, visible(s.benefit()), StoryForm.of(s), s);
    }

    @PostMapping("/stories/{story}")
    String update(
            @PathVariable StoryId story,
            @ModelAttribute("form") StoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Story s = existing(story);
        stories.requireWriter(s.benefit());
        String saved = FormErrors.saved(
                () -> {
                    Story updated = stories.update(
                            story, form.toInput(), form.pictureBytes(), form.isRemovePicture(), form.expectedVersion());
                    redirect.addFlashAttribute("saved", updated.title());
                    return "redirect:/stories/" + story;
                },
                binding,
                response);
        return saved != null ? saved : form(model, visible(s.benefit()), form, s);
    }

    @PostMapping("/stories/{story}/approve")
    String approve(
            @PathVariable StoryId story,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Story s = existing(story);
        try {
            StoryForm read = new StoryForm();
            read.setVersion(version);
            stories.approve(story, read.expectedVersion());
            redirect.addFlashAttribute("approved", s.title());
            return "redirect:/stories/" + story;
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("storyErrors", List.of("version.conflict"));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "storyErrors",
                    e.violations().stream().map(v -> v.messageKey()).toList());
        }
        return page(existing(story), model);
    }

    @GetMapping("/stories/{story}/picture")
    ResponseEntity<byte[]> picture(@PathVariable StoryId story) {
        byte[] png = stories.picture(story)
                .orElseThrow(() -> new NotFoundException("story-picture", story))
                .png();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping("/stories/{story}/story.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable StoryId story) {
        existing(story);
        byte[] pdf = stories.pdf(story, LocaleContextHolder.getLocale());
        return Attachments.of(pdf, MediaType.APPLICATION_PDF, "suksesshistorie-" + story + ".pdf");
    }

    @PostMapping("/stories/{story}/delete")
    String delete(
            @PathVariable StoryId story,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Story s = existing(story);
        stories.requireWriter(s.benefit());
        return PageDeletes.delete(
                version,
                v -> stories.delete(story, v),
                new PageDeletes.Deletion(s.title(), "/benefits/" + s.benefit(), "/stories/" + story),
                model,
                redirect,
                response);
    }

    private String page(Story s, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("story", s);
        model.addAttribute("benefit", visible(s.benefit()));
        model.addAttribute("canWrite", !s.approved() && stories.canWrite(s.benefit()));
        model.addAttribute("canApprove", stories.canApprove(s));
        model.addAttribute(
                "charts",
                s.figures() == null
                        ? List.of()
                        : s.figures().indicators().stream()
                                .map(f -> new StoryChart(f, stories.chart(s, f, locale)))
                                .toList());
        return "story/page";
    }

    /** A frozen indicator with its drawing, for the page. */
    record StoryChart(no.gevinst.story.FrozenIndicator figures, String svg) {}

    private String form(Model model, Benefit benefit, StoryForm form, Story story) {
        model.addAttribute("benefit", benefit);
        model.addAttribute("form", form);
        model.addAttribute("story", story);
        return FORM;
    }

    private Story existing(StoryId id) {
        return stories.find(id).orElseThrow(() -> new NotFoundException("story", id));
    }

    private Benefit visible(BenefitId id) {
        return benefits.find(id).orElseThrow(() -> new NotFoundException("benefit", id));
    }
}
