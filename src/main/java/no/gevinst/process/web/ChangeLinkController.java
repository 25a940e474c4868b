package no.gevinst.process.web;

import jakarta.servlet.http.HttpServletResponse;
import no.gevinst.process.ProcessId;
import no.gevinst.process.Processes;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @PostMapping("/delete")
    String unlink(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @RequestParam(name = "element", required = false) String element) {
        processes.requireCoordinator(id);
        processes.unlinkChange(id, process, element);
        return "redirect:/programmes/" + id + "/processes/" + process + "#changes";
    }
}
