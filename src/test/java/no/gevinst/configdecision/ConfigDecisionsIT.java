package no.gevinst.configdecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Configuration decisions through the API and the page: a coordinator records, changes and deletes them, each write
 * audited and a stale version refused with 409; bad input named by its field; a reader reads and is refused writes;
 * and the programme's machine delivery counts the indicator measured by API and lists the one measured from a file,
 * with the decision that promises it.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ConfigDecisionsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigDecisions decisions;

    @Autowired
    no.gevinst.programme.Programmes programmes;

    @Test
    void coordinatorsWriteReadersReadStaleAndBadInputIsRefusedAndDeliveryIsCounted() throws Exception {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre feil ved konfigurasjon");
        Indicator byApi = indicator(benefit, "Avvik fra API", programme, MeasurementSource.API);
        Indicator byFile = indicator(benefit, "Avvik fra fil", programme, MeasurementSource.FILE);
        String coordinator = TestProgrammes.COORDINATOR;
        String decisions = "/api/v1/programmes/" + programme.id() + "/configuration-decisions";

        String created = mvc.perform(post(decisions)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(
                                "DECIDED",
                                "2024-05-02",
                                byFile.id().toString(),
                                "FHIR_MEASURE",
                                "https://fhir.example.no/Measure/avvik",
                                null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kpis[0].production").value("FHIR_MEASURE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String one = decisions + "/" + id;

        // A stale version is refused and changes nothing; the version read goes through.
        String change = body(
                "PROPOSED", "", byFile.id().toString(), "FHIR_MEASURE", "https://fhir.example.no/Measure/avvik", 5L);
        mvc.perform(put(one).with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isConflict());
        mvc.perform(put(one).with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.replace("\"version\": 5", "\"version\": 0")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PROPOSED"))
                .andExpect(jsonPath("$.version").value(1));

        // Bad input is named by its field: a decided change without its date, a canonical that is no URL, an
        // indicator of another programme.
        mvc.perform(post(decisions)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("DECIDED", "", byApi.id().toString(), "FHIR_MEASURE", "ftp://x", null)
                                .replace("\"solutionKind\": \"EHR\"", "\"solutionKind\": \"MAINFRAME\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("solutionKind", "decidedOn", "kpis[0].reference")));
        mvc.perform(post(decisions)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                body("PROPOSED", "", java.util.UUID.randomUUID().toString(), "REPORT", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("kpis[0].indicatorId", "kpis[0].reference")));

        // A reader of the programme reads, and is refused writes.
        String reader = users.withRole(
                "konfigleser" + ThreadLocalRandom.current().nextInt(1_000_000), Role.LESER, programme.owner());
        mvc.perform(get(one).with(users.session(reader))).andExpect(status().isOk());
        mvc.perform(post(decisions)
                        .with(users.session(reader))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROPOSED", "", byFile.id().toString(), "NOT_BY_SOLUTION", "", null)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(one)
                        .param("version", "1")
                        .with(users.session(reader))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // 1 of 2 indicators by machine = 50 %; the one from a file is to act on, promised by the decision.
        mvc.perform(get(decisions + "/machine-delivery").with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators").value(2))
                .andExpect(jsonPath("$.byMachine").value(1))
                .andExpect(jsonPath("$.notYet[0].indicatorName").value("Avvik fra fil"))
                .andExpect(jsonPath("$.notYet[0].deliveredNow[0]").value("FILE"))
                .andExpect(jsonPath("$.notYet[0].promisedBy[0].id").value(id));
        mvc.perform(get("/programmes/{id}/configuration", programme.id()).with(users.session(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 av 2 indikatorer = 50 %")))
                .andExpect(content().string(containsString("Konfigurert i test")));

        // Deleting needs the version read too; every write is audited.
        mvc.perform(delete(one)
                        .param("version", "0")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete(one)
                        .header("If-Match", "\"1\"")
                        .with(users.session(coordinator))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get(one).with(users.session(coordinator))).andExpect(status().isNotFound());
        List<String> audited = jdbc.sql("""
                        SELECT action FROM audit_log WHERE entity_type = 'config-decision' AND entity_id = :id
                        ORDER BY id
                        """).param("id", id).query(String.class).list();
        assertThat(audited).containsExactly("create", "update", "delete");
    }

    @Test
    void theFormNamesBadFieldsAndSavesAGoodOne() throws Exception {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Gevinst med konfigurasjon");
        Indicator kpi = indicator(benefit, "Skjemaindikator", programme, MeasurementSource.FORM);
        String coordinator = TestProgrammes.COORDINATOR;
        mvc.perform(get("/programmes/{id}/configuration/new", programme.id()).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpis0.indicatorId\"")));
        mvc.perform(post("/programmes/{id}/configuration", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("title", "")
                        .param("workflow", "Timebestilling")
                        .param("solutionKind", "EHR")
                        .param("solution", "Helseplattformen")
                        .param("stage", "PROPOSED")
                        .param("kpis[0].indicatorId", kpi.id().toString())
                        .param("kpis[0].production", "FHIR_MEASURE")
                        .param("kpis[0].reference", "")
                        .param("version", "0"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"kpis0.reference-error\"")));
        String saved = mvc.perform(post("/programmes/{id}/configuration", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("title", "SMS med lenke til timebestilling")
                        .param("workflow", "Timebestilling")
                        .param("solutionKind", "EHR")
                        .param("solution", "Helseplattformen")
                        .param("stage", "PROPOSED")
                        .param("kpis[0].indicatorId", kpi.id().toString())
                        .param("kpis[0].production", "REPORT")
                        .param("kpis[0].reference", "Aktive portalbrukere")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(saved).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aktive portalbrukere")));
        mvc.perform(get(saved + "/edit").with(users.session(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/programmes/{id}/configuration", programme.id()).with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("optimisation-backlog")))
                .andExpect(content().string(containsString("0 av 1 indikatorer = 0 %")));
    }

    @Test
    void helseplattformenHasTwoDemoDecisionsOnePromisingMachineDelivery() {
        Programme hp = users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
        List<ConfigDecision> demo = users.callAs("kari", () -> decisions.of(hp.id())).stream()
                .filter(ConfigDecision::demo)
                .toList();
        assertThat(demo).hasSize(2);
        assertThat(demo.stream().flatMap(d -> d.kpis().stream()).filter(ServedKpi::promisesMachineDelivery))
                .hasSize(1);
        assertThat(users.callAs("kari", () -> decisions.optimisations(hp.id())))
                .extracting(r -> r.decision().stage())
                .containsExactly(Stage.PROPOSED);
    }

    private Indicator indicator(Benefit benefit, String name, Programme programme, MeasurementSource source) {
        return users.callAs(TestProgrammes.COORDINATOR, () -> {
            Indicator i = indicators.create(TestIndicators.monthly(benefit.id().toString(), name, null));
            indicators.record(
                    i.id(),
                    MeasurementCommand.readAll(List.of(new MeasurementInput(
                            "3", "2025-01-01", "2025-01-31", programme.owner().toString(), "", "", "", "", ""))),
                    source);
            return i;
        });
    }

    private static String body(
            String stage, String decidedOn, String indicator, String production, String reference, Long version) {
        return """
                {"title": "Konfigurert i test", "workflow": "Legemiddelhåndtering", "solutionKind": "EHR",
                 "solution": "Helseplattformen", "release": "2024.1", "stage": "%s", "decidedOn": "%s",
                 "rationale": "", "kpis": [{"indicatorId": "%s", "production": "%s", "reference": "%s"}]%s}
                """.formatted(
                stage, decidedOn, indicator, production, reference, version == null ? "" : ", \"version\": " + version);
    }
}
