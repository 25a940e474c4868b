package no.gevinst.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, renaming and removing a programme's areas and priority areas from the framework section of its page (issue 21):
 * one inline form per item, offered to its coordinators. A refused form is shown again on the page at its item, with
 * what was typed: 422 naming the field, 409 when the programme changed since the page was read.
 */
@Controller
class FrameworkPageController {

    private static final String ITEM = "/programmes/{id}/framework/{frameworkItem}";

    private final Programmes programmes;
    private final ProgrammeOverview overview;

    FrameworkPageController(Programmes programmes, ProgrammeOverview overview) {
        this.programmes = programmes;
        this.overview = overview;
    }

    /**
     * Adds an area or a priority area. Added, back to the framework, told so; refused, the page again with what was
     * typed in the form of its kind and why beside its name (422), or above the framework for a kind that is none.
     */
    @PostMapping("/programmes/{id}/framework")
    String add(
            @PathVariable ProgrammeId id,
            @ModelAttribute(ProgrammeOverview.ADD_FORM) FrameworkAddForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        // Asked before the form is read, so that a refused user learns nothing from what is wrong with it.
        programmes.requireCoordinator(id);
        return new FormPost(binding, redirect, response)
                .flashedAs("frameworkAdded")
                .fields(field -> "name".equals(field) ? field : null)
                .save(
                        () -> programmes.addFrameworkItem(id, form.frameworkKind(), form.getName()),
                        FrameworkItem::name,
                        added -> "/programmes/" + id + "#framework",
                        null,
                        () -> overview.page(programmes.require(id), new FrameworkItemForm(), model));
    }

    @PostMapping(ITEM)
    String rename(
            @PathVariable ProgrammeId id,
            @PathVariable FrameworkItemId frameworkItem,
            @ModelAttribute("frameworkForm") FrameworkItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FrameworkItem item = coordinatedItem(id, frameworkItem);
        return new FormPost(binding, redirect, response)
                .flashedAs("frameworkRenamed")
                .fields(field -> "name".equals(field) ? field : null)
                .save(
                        () -> programmes.renameFrameworkItem(id, frameworkItem, form.getName(), form.expectedVersion()),
                        changed -> new String[] {
                            item.name(),
                            changed.frameworkItem(frameworkItem)
                                    .map(FrameworkItem::name)
                                    .orElse(item.name())
                        },
                        changed -> "/programmes/" + id + "#framework",
                        "pages.refused.programme.update",
                        () -> refused(id, frameworkItem, form, model));
    }

    @PostMapping(ITEM + "/delete")
    String remove(
            @PathVariable ProgrammeId id,
            @PathVariable FrameworkItemId frameworkItem,
            @ModelAttribute("frameworkForm") FrameworkItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FrameworkItem item = coordinatedItem(id, frameworkItem);
        return new FormPost(binding, redirect, response)
                .flashedAs("frameworkRemoved")
                .fields(field -> null)
                .save(
                        () -> programmes.removeFrameworkItem(id, frameworkItem, form.expectedVersion()),
                        item.name(),
                        "/programmes/" + id + "#framework",
                        "pages.refused.programme.update",
                        () -> refused(id, frameworkItem, form, model));
    }

    /**
     * The item, asked before the form is read, so that a refused user learns nothing from what is wrong with it: a
     * programme or item the user does not see is not found (404), one they see but do not coordinate refused (403).
     */
    private FrameworkItem coordinatedItem(ProgrammeId id, FrameworkItemId item) {
        Programme programme = programmes.require(id);
        if (!programmes.canCoordinate(id)) {
            throw new AccessDeniedException("May not change the framework of " + programme.code());
        }
        return programme.frameworkItem(item).orElseThrow(() -> new NotFoundException("framework-item", item));
    }

    /** The page again, as it now stands, with the refused form at its item. */
    private String refused(ProgrammeId id, FrameworkItemId item, FrameworkItemForm form, Model model) {
        return overview.page(programmes.require(id), FrameworkItemForm.of(item, form), model);
    }
}
