package no.gevinst.process.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.gevinst.process.Diagram;
import no.gevinst.process.DiagramPhase;
import no.gevinst.process.Process;
import no.gevinst.process.ProcessId;
import no.gevinst.process.Processes;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.FormPost;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.ProgrammeId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's diagram: the editor page (bpmn-js, with the XML as a plain text field underneath for readers without
 * JavaScript), saving it from the editor or from an uploaded .bpmn file, and the XML and SVG as files.
 */
@Controller
@RequestMapping("/programmes/{id}/processes/{process}/diagrams")
class DiagramController {

    private static final String EMPTY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
            id="Definitions_1" targetNamespace="http://gevinst.no/bpmn">
              <bpmn:process id="Process_1" isExecutable="false">
                <bpmn:startEvent id="StartEvent_1"/>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
                  <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
                    <dc:Bounds x="180" y="100" width="36" height="36"/>
                  </bpmndi:BPMNShape>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    private final Processes processes;
    private final Programmes programmes;

    DiagramController(Processes processes, Programmes programmes) {
        this.processes = processes;
        this.programmes = programmes;
    }

    @GetMapping("/{phase}")
    String editor(
            @PathVariable ProgrammeId id, @PathVariable ProcessId process, @PathVariable String phase, Model model) {
        processes.requireCoordinator(id);
        DiagramPhase p = phase(phase);
        DiagramForm form = new DiagramForm();
        Optional<Diagram> diagram = processes.diagram(id, process, p);
        form.setBpmn(diagram.map(Diagram::xml).orElse(EMPTY));
        form.setVersion(Long.toString(diagram.map(Diagram::version).orElse(0L)));
        return editor(model, id, process, p, form);
    }

    @PostMapping("/{phase}")
    String save(
            @PathVariable ProgrammeId id,
            @PathVariable ProcessId process,
            @PathVariable String phase,
            @ModelAttribute("form") DiagramForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        processes.requireCoordinator(id);
        DiagramPhase p = phase(phase);
        return new FormPost(binding, redirect, response)
                .flashedAs("diagramSaved")
                .save(
                        () -> {
                            boolean upload =
                                    form.getFile() != null && !form.getFile().isEmpty();
                            String xml = upload ? read(form.getFile()) : form.getBpmn();
                            long version = ProcessPageController.version(form.getVersion());
                            processes.saveDiagram(id, process, p, xml, version, upload ? "file" : "bpmn");
                        },
                        p.name(),
                        "/programmes/" + id + "/processes/" + process + "#" + p.slug(),
                        null,
                        () -> editor(model, id, process, p, form));
    }

    @GetMapping("/{phase}.bpmn")
    ResponseEntity<String> xml(
            @PathVariable ProgrammeId id, @PathVariable ProcessId process, @PathVariable String phase) {
        DiagramPhase p = phase(phase);
        Diagram diagram = stored(id, process, p);
        String name = processes.find(id, process).map(Process::name).orElse("process") + " " + p.slug() + ".bpmn";
        return Attachments.of(diagram.xml(), MediaType.APPLICATION_XML, name);
    }

    @GetMapping("/{phase}.svg")
    ResponseEntity<String> svg(
            @PathVariable ProgrammeId id, @PathVariable ProcessId process, @PathVariable String phase) {
        Diagram diagram = stored(id, process, phase(phase));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                // Drawn by the server; even so, opened on its own it may run nothing and fetch nothing.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(diagram.svg());
    }

    private String editor(Model model, ProgrammeId id, ProcessId process, DiagramPhase phase, DiagramForm form) {
        model.addAttribute("programme", programmes.require(id));
        model.addAttribute(
                "process", processes.find(id, process).orElseThrow(() -> new NotFoundException("process", process)));
        model.addAttribute("phase", phase);
        model.addAttribute("form", form);
        return "process/editor";
    }

    private Diagram stored(ProgrammeId id, ProcessId process, DiagramPhase phase) {
        return processes
                .diagram(id, process, phase)
                .orElseThrow(() -> new NotFoundException("process-diagram", process + "/" + phase));
    }

    /** The uploaded file's text, refused by name when it is larger than any diagram may be. */
    private static String read(MultipartFile file) {
        try {
            return BpmnText.read(file.getInputStream(), file.getSize(), "file");
        } catch (IOException e) {
            throw InvalidInputException.of("file", "process.bpmn.unreadable");
        }
    }

    private static DiagramPhase phase(String slug) {
        return DiagramPhase.ofSlug(slug).orElseThrow(() -> new NotFoundException("process-diagram", slug));
    }
}
