package no.gevinst.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.network.ChangeProcesses;
import no.gevinst.network.ElementCommands;
import no.gevinst.network.Networks;
import no.gevinst.organisation.People;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Processes (issue 19): the demo booking process with both diagrams drawn by the server and their steps as text,
 * shown beside its changes on the benefit map; a process is created and updated (a stale version is a 409), a diagram
 * saved from the editor's text and uploaded as a file, and bad XML — not BPMN, malformed, an XXE attempt, too large —
 * refused with the field named; readers read but may not write. Removing a change's link is refused on the process's
 * page (422), and one already gone is a conflict (409).
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ProcessPagesIT {

    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
              <bpmn:process id="P"><bpmn:startEvent id="S" name="Henvisning mottatt"/>
                <bpmn:userTask id="T" name="Vurder henvisningen &lt;script&gt;"/><bpmn:endEvent id="E" name="Ferdig"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    Processes processes;

    @Autowired
    Programmes programmes;

    @Autowired
    People people;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    ChangeProcesses changeProcesses;

    @Autowired
    Networks networks;

    @Test
    void theDemoProcessShowsBothDiagramsTheirStepsAndItsChanges() throws Exception {
        Programme hp = hp();
        Process booking = users.callAs(
                "nina",
                () -> processes.processes(hp.id()).stream()
                        .filter(p -> p.name().startsWith("Timebestilling"))
                        .findFirst()
                        .orElseThrow());
        String path = "/programmes/" + hp.id() + "/processes/" + booking.id();
        mvc.perform(get("/programmes/{id}/processes", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(path)))
                .andExpect(content().string(not(containsString("id=\"new-process\""))));
        mvc.perform(get(path).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(path + "/diagrams/as-is.svg")))
                .andExpect(content().string(containsString(path + "/diagrams/to-be.svg")))
                .andExpect(content().string(containsString("Pasienten ringer poliklinikken")))
                .andExpect(content().string(containsString("Pasienten velger eller endrer time selv")))
                .andExpect(content().string(containsString("Pasienten bestiller og endrer time selv")))
                .andExpect(content().string(not(containsString("id=\"edit-to-be\""))));
        mvc.perform(get(path + "/diagrams/to-be.svg").with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<title id=\"diagram-title\">")))
                .andExpect(content().string(containsString("Timen bookes og bekreftes straks")));
        mvc.perform(get(path + "/diagrams/as-is.bpmn").with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merkantil finner ledig time i timeboken")));
        mvc.perform(get("/programmes/{id}/network", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(path)));
        assertThat(users.callAs("nina", () -> changeProcesses.of(hp.id())))
                .anySatisfy(c -> assertThat(c.steps()).contains("Timen bookes og bekreftes straks"));
        mvc.perform(get(path + "/diagrams/to-be").with(users.session("nina"))).andExpect(status().isForbidden());
    }

    @Test
    void aProcessIsWrittenItsDiagramsCheckedAndAStaleSaveIsAConflict() throws Exception {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        String owner = users.callAs(
                        TestUsers.ADMIN,
                        () -> people.create(new PersonInput(
                                "Prosess Eier",
                                "",
                                "",
                                programme.organisations().getFirst().toString())))
                .id()
                .toString();
        mvc.perform(post("/programmes/{id}/processes", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "")
                        .param("kind", "PATIENT_PATHWAY")
                        .param("ownerId", owner))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"name-error\"")));
        mvc.perform(post("/programmes/{id}/processes", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Henvisningsforløp")
                        .param("kind", "PATIENT_PATHWAY")
                        .param("ownerId", owner)
                        .param(
                                "organisationIds",
                                programme.organisations().getFirst().toString()))
                .andExpect(status().is3xxRedirection());
        Process created = users.callAs(coordinator, () -> processes.processes(programme.id()))
                .getFirst();
        String path = "/programmes/" + programme.id() + "/processes/" + created.id();
        mvc.perform(post(path)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Henvisningsforløpet")
                        .param("kind", "WORK_PROCESS")
                        .param("ownerId", owner)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Henvisningsforløpet igjen")
                        .param("kind", "WORK_PROCESS")
                        .param("ownerId", owner)
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(path).with(users.session("nina")).with(csrf()).param("name", "x"))
                .andExpect(status().is4xxClientError());

        mvc.perform(get(path + "/diagrams/as-is").with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bpmn-modeler.production.min.js")))
                .andExpect(content().string(containsString("id=\"bpmn\"")));
        saveText(path, "<definitions xmlns=\"urn:not-bpmn\"/>", "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"bpmn-error\"")))
                .andExpect(content().string(containsString("ikke et BPMN 2.0-dokument")));
        saveText(path, "<bpmn:definitions", "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"bpmn-error\"")));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                + "<bpmn:process id=\"P\"><bpmn:task id=\"T\" name=\"&x;\"/></bpmn:process></bpmn:definitions>";
        saveText(path, xxe, "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("DOCTYPE")))
                .andExpect(content().string(not(containsString("root:x:0"))));
        saveText(path, BPMN, "0").andExpect(status().is3xxRedirection());
        saveText(path, BPMN, "0").andExpect(status().isConflict());
        Diagram saved = users.callAs(
                        coordinator, () -> processes.diagram(programme.id(), created.id(), DiagramPhase.AS_IS))
                .orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.steps())
                .extracting(BpmnStep::name)
                .containsExactly("Henvisning mottatt", "Vurder henvisningen <script>", "Ferdig");
        // The SVG is the server's own drawing: the name's markup comes through as text, never as an element.
        assertThat(saved.svg()).contains("&lt;script&gt;").doesNotContain("<script");

        MockMultipartFile bad = new MockMultipartFile(
                "file", "prosess.bpmn", "application/xml", "ikke xml".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(path + "/diagrams/to-be")
                        .file(bad)
                        .param("version", "0")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"file-error\"")));
        MockMultipartFile good =
                new MockMultipartFile("file", "prosess.bpmn", "application/xml", BPMN.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(path + "/diagrams/to-be")
                        .file(good)
                        .param("version", "0")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path + "/diagrams/to-be.bpmn").with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Vurder henvisningen")));
        mvc.perform(get(path).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vurder henvisningen &lt;script&gt;")));
        assertThat(users.callAs(coordinator, () -> processes.documents(programme.id())))
                .singleElement()
                .satisfies(d -> assertThat(d.asIs()).isPresent())
                .satisfies(d -> assertThat(d.toBe()).isPresent());
    }

    @Test
    void aTooLargeDiagramIsRefusedByName() throws Exception {
        // Fewer characters than the edge allows a text, more bytes than a diagram may hold: the parser names the field.
        String large = BPMN.replace("Ferdig", "ø".repeat(600_000));
        assertThat(large.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_048_576);
        Programme programme = testProgrammes.create();
        Process p = users.callAs(TestProgrammes.COORDINATOR, () -> {
            String owner = users.callAs(
                            TestUsers.ADMIN,
                            () -> people.create(new PersonInput(
                                    "Stor Eier",
                                    "",
                                    "",
                                    programme.organisations().getFirst().toString())))
                    .id()
                    .toString();
            return processes.create(
                    programme.id(), new ProcessInput("Stor", "WORK_PROCESS", owner, "", List.of(), List.of()));
        });
        saveText("/programmes/" + programme.id() + "/processes/" + p.id(), large, "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"bpmn-error\"")));
    }

    @Test
    void aRefusedRemovalOfAChangeIsToldOnTheProcessPageAndOneAlreadyGoneIsAConflict() throws Exception {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        Process p = users.callAs(coordinator, () -> {
            String owner = users.callAs(
                            TestUsers.ADMIN,
                            () -> people.create(new PersonInput(
                                    "Endring Eier",
                                    "",
                                    "",
                                    programme.organisations().getFirst().toString())))
                    .id()
                    .toString();
            return processes.create(
                    programme.id(), new ProcessInput("Innkomst", "WORK_PROCESS", owner, "", List.of(), List.of()));
        });
        String change = users.callAs(
                        coordinator,
                        () -> networks.addElement(
                                programme.id(), ElementCommands.of("BUSINESS_CHANGE", "Ny innkomst", "", "", "", "")))
                .id()
                .toString();
        users.runAs(coordinator, () -> processes.linkChange(programme.id(), p.id(), change, List.of()));
        String path = "/programmes/" + programme.id() + "/processes/" + p.id();

        mvc.perform(unlink(path, "not-a-change"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"unlink-error-summary\"")))
                .andExpect(content().string(containsString("Velg en endring fra programmets gevinstkart")));
        assertThat(users.callAs(coordinator, () -> processes.changes(programme.id(), p.id())))
                .hasSize(1);
        mvc.perform(unlink(path, change))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", path + "#changes"));
        assertThat(users.callAs(coordinator, () -> processes.changes(programme.id(), p.id())))
                .isEmpty();
        // The same button on a page read before: the link is gone, so the page is shown as it now is.
        mvc.perform(unlink(path, change))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Koblingen finnes ikke lenger")));
        mvc.perform(unlink("/programmes/" + programme.id() + "/processes/" + java.util.UUID.randomUUID(), change))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder unlink(
            String path, String element) {
        return post(path + "/changes/delete")
                .with(users.session(TestProgrammes.COORDINATOR))
                .with(csrf())
                .param("element", element);
    }

    private org.springframework.test.web.servlet.ResultActions saveText(String path, String xml, String version)
            throws Exception {
        return mvc.perform(post(path + "/diagrams/as-is")
                .with(users.session(TestProgrammes.COORDINATOR))
                .with(csrf())
                .param("bpmn", xml)
                .param("version", version));
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.name().startsWith("Helseplattformen"))
                        .findFirst()
                        .orElseThrow());
    }
}
