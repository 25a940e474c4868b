package no.gevinst.process;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.People;
import no.gevinst.organisation.PersonInput;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * (issue 19: processes) The processes' JSON API answers as the rest of the API does: 201 with an ETag, a stale
 * If-Match 409 and nothing changed, 204 on delete, audited; readers read but may not write. A diagram is saved as
 * BPMN XML through the page's secure parser (a DOCTYPE or a document that is no BPMN is 422 naming the problem) and
 * read back as XML and as the server's SVG, which draws a user task's marker and a flow's name, escaped.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ProcessApiIT {

    /** A user task and a message event joined by a named flow with its label's bounds, and one named without. */
    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="x">
              <bpmn:process id="P">
                <bpmn:startEvent id="S" name="Henvisning mottatt"><bpmn:messageEventDefinition/></bpmn:startEvent>
                <bpmn:userTask id="T" name="Vurder henvisningen"/>
                <bpmn:endEvent id="E" name="Ferdig"/>
                <bpmn:sequenceFlow id="F1" name="Elektronisk &lt;b&gt;" sourceRef="S" targetRef="T"/>
                <bpmn:sequenceFlow id="F2" name="Vurdert" sourceRef="T" targetRef="E"/>
              </bpmn:process>
              <bpmndi:BPMNDiagram id="DI"><bpmndi:BPMNPlane id="PL" bpmnElement="P">
                <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="200" y="78" width="100" height="80"/></bpmndi:BPMNShape>
                <bpmndi:BPMNShape id="E_di" bpmnElement="E"><dc:Bounds x="400" y="100" width="36" height="36"/></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/>
                  <bpmndi:BPMNLabel><dc:Bounds x="140" y="60" width="56" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="300" y="118"/><di:waypoint x="400" y="118"/>
                </bpmndi:BPMNEdge>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProcessIsWrittenChangedAndDeletedThroughTheApiWithItsVersionAndAudit() throws Exception {
        Programme programme = testProgrammes.create();
        String reader = users.withRole("prosess-leser", Role.LESER, programme.owner());
        String path = "/api/v1/programmes/" + programme.id() + "/processes";
        String body = """
                {"name": "Henvisningsforløp", "kind": "PATIENT_PATHWAY", "ownerId": "%s", "description": "",
                 "organisationIds": ["%s"], "indicatorIds": []}""".formatted(owner(programme), programme.owner());
        send(post(path), reader, body, null).andExpect(status().isForbidden());
        send(post(path), COORDINATOR, body.replace("PATIENT_PATHWAY", "NOPE"), null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"kind\"")));
        String created = send(post(path), COORDINATOR, body, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Henvisningsforløp"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String one = path + "/" + id;
        mvc.perform(get(path).with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));

        send(put(one), COORDINATOR, body.replace("forløp", "forløpet"), "\"7\"").andExpect(status().isConflict());
        send(put(one), COORDINATOR, body, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"version\"")));
        send(put(one), reader, body, "\"0\"").andExpect(status().isForbidden());
        send(put(one), COORDINATOR, body.replace("forløp", "forløpet"), "\"0\"")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Henvisningsforløpet"));
        mvc.perform(get(one).with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(delete(one).with(users.session(reader)).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isForbidden());
        mvc.perform(delete(one).with(users.session(COORDINATOR)).with(csrf()).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(delete(one).with(users.session(COORDINATOR)).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(get(one).with(users.session(COORDINATOR))).andExpect(status().isNotFound());
        assertThat(audited("process", id)).containsExactly("create", "update", "delete");
    }

    @Test
    void aDiagramIsSavedAsBpmnCheckedByTheSecureParserAndDrawnWithMarkersAndFlowNames() throws Exception {
        Programme programme = testProgrammes.create();
        String reader = users.withRole("prosess-leser-2", Role.LESER, programme.owner());
        String body = """
                {"name": "Timebestilling", "kind": "WORK_PROCESS", "ownerId": "%s"}""".formatted(owner(programme));
        String created = send(post("/api/v1/programmes/" + programme.id() + "/processes"), COORDINATOR, body, null)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String toBe = "/api/v1/programmes/" + programme.id() + "/processes/" + id + "/diagrams/to-be";

        mvc.perform(get(toBe).with(users.session(reader))).andExpect(status().isNotFound());
        xml(toBe, reader, BPMN, null).andExpect(status().isForbidden());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">"
                + "<bpmn:process id=\"P\"><bpmn:task id=\"T\" name=\"&x;\"/></bpmn:process></bpmn:definitions>";
        xml(toBe, COORDINATOR, xxe, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].code").value("process.bpmn.malformed"))
                .andExpect(content().string(containsString("DOCTYPE")))
                .andExpect(content().string(not(containsString("root:x:0"))));
        xml(toBe, COORDINATOR, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("process.bpmn.notBpmn"));
        xml(toBe, COORDINATOR, BPMN, "x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        xml(toBe, COORDINATOR, BPMN, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.phase").value("to-be"))
                .andExpect(jsonPath("$.steps[1].name").value("Vurder henvisningen"));
        xml(toBe, COORDINATOR, BPMN, null).andExpect(status().isConflict());
        xml(toBe, COORDINATOR, BPMN, "\"1\"").andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(get(toBe).with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/xml")))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(content().string(containsString("Vurder henvisningen")));
        mvc.perform(get(toBe + "/svg").with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<title id=\"diagram-title\">Timebestilling")))
                .andExpect(content().string(containsString("<desc id=\"diagram-desc\">")))
                .andExpect(content().string(containsString("class=\"marker-user\"")))
                .andExpect(content().string(containsString("class=\"marker-message\"")))
                // Without a BPMNLabel a name stands above its line's middle (350, 118), moved as the drawing is
                // (the label at the top makes it start 40 higher, the start event 80 further left).
                .andExpect(content().string(containsString("x=\"270\" y=\"74\">Vurdert</text>")))
                // With one it is centred in the label's bounds (168, 67), wrapped to their width.
                .andExpect(content().string(containsString("x=\"88\" y=\"24\">Elektronisk</text>")))
                .andExpect(content().string(containsString("&lt;b&gt;</text>")))
                .andExpect(content().string(not(containsString("<b>"))));
        mvc.perform(get(toBe.replace("to-be", "sideways")).with(users.session(reader)))
                .andExpect(status().isNotFound());
        assertThat(audited("process-diagram", id + "/TO_BE")).containsExactly("create", "update");
    }

    private String owner(Programme programme) {
        return users.callAs(
                        TestUsers.ADMIN,
                        () -> people.create(new PersonInput(
                                "Prosess Eier", "", "", programme.owner().toString())))
                .id()
                .toString();
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user,
            String body,
            String ifMatch)
            throws Exception {
        request.with(users.session(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private ResultActions xml(String path, String user, String body, String ifMatch) throws Exception {
        var request = put(path)
                .with(users.session(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_XML)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private List<String> audited(String entity, String id) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = :e AND entity_id = :id ORDER BY id")
                .param("e", entity)
                .param("id", id)
                .query(String.class)
                .list();
    }
}
