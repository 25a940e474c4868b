package no.gevinst.process.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import no.gevinst.process.ProcessId;
import no.gevinst.process.Processes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Points changes of the benefit map to a process and the steps they change, and removes such a link. */
@Controller
@RequestMapping("/programmes/{id}/processes/{process}/changes")
class ChangeLinkController {

    private final Processes processes;
    private final ProcessPageController page;

    ChangeLinkController(Processes processes, ProcessPageController page) {
        this.processes = processes;
        this.page = page;
    }

    @PostMapping
    String link(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @ModelAttribute("linkForm") ChangeLinkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        processes.requireCoordinator(id);
        return new FormPost(binding, redirect, response)
                .flashedAs("linked")
                .save(
                        () -> processes.linkChange(id, process, form.getElement(), form.getSteps()),
                        true,
                        "/programmes/" + id + "/processes/" + process + "#changes",
                        null,
                        () -> page.show(id, process, model));
    }

    /**
     * Removes a change's link to the process. Removed, back to the process's changes, told so; refused, the process's
     * page again with why above its changes: 422 for a change that is no id, 409 for a link no longer there (removed
     * since the page was read; such links carry no version). An unknown process is a 404, as its page is.
     */
    @PostMapping("/delete")
    String unlink(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @ModelAttribute(ProcessPageController.UNLINK_FORM) ChangeLinkForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        processes.requireCoordinator(id);
        Supplier<String> refused = () -> page.show(id, process, model);
        try {
            // The change is a hidden field of a button: a refusal is told for the form as a whole.
            return new FormPost(binding, redirect, response)
                    .flashedAs("unlinked")
                    .fields(field -> null)
                    .save(
                            () -> processes.unlinkChange(id, process, form.getElement()),
                            true,
                            "/programmes/" + id + "/processes/" + process + "#changes",
                            null,
                            refused);
        } catch (NotFoundException e) {
            // The page is read again: a process that is not there answers 404 from there.
            binding.reject("process.changes.gone");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return refused.get();
        }
    }
}
