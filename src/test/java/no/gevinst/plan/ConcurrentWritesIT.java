package no.gevinst.plan;

import static no.gevinst.TestProgrammes.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.network.ElementCommands;
import no.gevinst.network.NetworkElement;
import no.gevinst.network.Networks;
import no.gevinst.programme.Programme;
import no.gevinst.shared.Versions;
import no.gevinst.valuation.EconomicSettings;
import no.gevinst.valuation.Valuations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Ten writers naming the same version at once: exactly one wins, the other nine get 409 and change nothing, never a
 * 500. And a stale delete removes nothing.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ConcurrentWritesIT {

    private static final int WRITERS = 10;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Plans plans;

    @Autowired
    Networks networks;

    @Autowired
    Valuations valuations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Programme programme;
    private Plan plan;

    @BeforeEach
    void aProgrammeWithAPlan() {
        programme = testProgrammes.create();
        plan = users.callAs(COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan")));
    }

    @Test
    void tenUpdatesOfOneMeasureWithTheSameVersionGiveOneSuccessAndNineConflicts() throws Exception {
        Measure measure = users.callAs(
                COORDINATOR,
                () -> plans.addMeasure(
                        plan.id(), new Plans.MeasureInput("Opplæring", List.of(), "", "2027-03-01", "", "")));
        String url = "/api/v1/plans/" + plan.id() + "/measures/" + measure.id();
        long audited = audited("plan-measure", measure.id());

        Map<Integer, Long> answers = atOnce(i -> put(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"Opplæring " + i + "\",\"deadline\":\"2027-03-01\"}"));

        assertThat(answers).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 9L);
        assertThat(version("plan_measure", measure.id())).isEqualTo(1);
        assertThat(audited("plan-measure", measure.id())).isEqualTo(audited + 1);
    }

    @Test
    void tenUpdatesOfOneRiskWithTheSameVersionGiveOneSuccessAndNineConflicts() throws Exception {
        Risk risk = users.callAs(
                COORDINATOR,
                () -> plans.addRisk(plan.id(), new Plans.RiskInput("Lav bruk", "", "", "", "3", "4", "", "", "")));
        String url = "/api/v1/plans/" + plan.id() + "/risks/" + risk.id();

        Map<Integer, Long> answers = atOnce(i -> put(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\":\"Lav bruk " + i + "\",\"probability\":\"2\",\"impact\":\"3\"}"));

        assertThat(answers).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 9L);
        assertThat(version("plan_risk", risk.id())).isEqualTo(1);
    }

    @Test
    void tenUpdatesOfOneNetworkElementWithTheSameVersionGiveOneSuccessAndNineConflicts() throws Exception {
        NetworkElement element = users.callAs(
                COORDINATOR,
                () -> networks.addElement(
                        programme.id(), ElementCommands.of("ENABLER", "Pasientportal", "", "R1", "", "")));
        String url = "/api/v1/programmes/" + programme.id() + "/network/elements/" + element.id();

        Map<Integer, Long> answers = atOnce(i -> put(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"Pasientportal " + i + "\",\"release\":\"R2\"}"));

        assertThat(answers).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 9L);
        assertThat(version("network_element", element.id().value())).isEqualTo(1);
    }

    @Test
    void tenSavesOfValuationSettingsWithTheSameVersionGiveOneSuccessAndNineConflicts() throws Exception {
        users.runAs(COORDINATOR, () -> valuations.saveSettings(programme.id(), EconomicSettings.defaults(2026, 2035)));
        String url = "/api/v1/programmes/" + programme.id() + "/valuation/settings";
        long audited = audited("valuation-settings", programme.id());

        Map<Integer, Long> answers = atOnce(i -> put(url).with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstYear\":2026,\"lastYear\":" + (2036 + i) + "}"));

        assertThat(answers).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 9L);
        assertThat(jdbc.sql("SELECT version FROM valuation_settings WHERE programme_id = :p")
                        .param("p", programme.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(audited("valuation-settings", programme.id())).isEqualTo(audited + 1);
    }

    @Test
    void tenApprovalsOfOnePlanVersionWithTheSameVersionGiveOneSuccessAndNineConflicts() throws Exception {
        PlanVersion submitted = users.callAs(COORDINATOR, () -> plans.submit(plan.id(), 1, 0));
        String url = "/api/v1/plans/" + plan.id() + "/versions/1/approve";
        long audited = audited("plan-version", plan.id().value());

        Map<Integer, Long> answers = atOnce(i -> post(url)
                .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, Versions.etag(submitted.version()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"onBehalfOf\":\"Styringsgruppen " + i + "\",\"decisionDate\":\"2026-01-05\","
                        + "\"reference\":\"SG-" + i + "\"}"));

        assertThat(answers).containsOnlyKeys(200, 409).containsEntry(200, 1L).containsEntry(409, 9L);
        PlanVersion approved = users.callAs(COORDINATOR, () -> plans.version(plan.id(), 1));
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(submitted.version() + 1);
        assertThat(audited("plan-version", plan.id().value())).isEqualTo(audited + 1);
    }

    @Test
    void aStaleStepInAPlanVersionsLifeIsRefusedAndChangesNothing() throws Exception {
        String versions = "/api/v1/plans/" + plan.id() + "/versions/1";
        mvc.perform(post(versions + "/submit")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
        long audited = audited("plan-version", plan.id().value());

        // Version 0 was read before the submission: each step naming it is refused.
        mvc.perform(post(versions + "/return")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post(versions + "/approve")
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"onBehalfOf\":\"SG\",\"decisionDate\":\"2026-01-05\",\"reference\":\"SG-1\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(versions + "/return").with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());

        PlanVersion stored = users.callAs(COORDINATOR, () -> plans.version(plan.id(), 1));
        assertThat(stored.status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(audited("plan-version", plan.id().value())).isEqualTo(audited);
    }

    @Test
    void aStaleSubmissionFromThePageSaysSomeoneElseChangedItAndChangesNothing() throws Exception {
        users.runAs(COORDINATOR, () -> plans.submit(plan.id(), 1, 0));
        users.runAs(COORDINATOR, () -> plans.returnToDraft(plan.id(), 1, 1));
        long audited = audited("plan-version", plan.id().value());

        mvc.perform(post("/plans/" + plan.id() + "/versions/1/submit")
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Noen andre har endret dette")));

        PlanVersion stored = users.callAs(COORDINATOR, () -> plans.version(plan.id(), 1));
        assertThat(stored.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(audited("plan-version", plan.id().value())).isEqualTo(audited);
    }

    @Test
    void aStaleDeleteRemovesNothing() throws Exception {
        Measure measure = users.callAs(
                COORDINATOR,
                () -> plans.addMeasure(plan.id(), new Plans.MeasureInput("Rydde", List.of(), "", "", "", "")));
        NetworkElement element = users.callAs(
                COORDINATOR,
                () -> networks.addElement(programme.id(), ElementCommands.of("DRIVER", "Ny lov", "", "", "", "")));
        users.runAs(
                COORDINATOR,
                () -> plans.updateMeasure(
                        plan.id(), measure.id(), new Plans.MeasureInput("Rydde mer", List.of(), "", "", "", ""), 0));

        mvc.perform(delete("/api/v1/plans/" + plan.id() + "/measures/" + measure.id())
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/programmes/" + programme.id() + "/network/elements/" + element.id())
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/v1/programmes/" + programme.id() + "/network/elements/" + element.id())
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"7\""))
                .andExpect(status().isConflict());

        assertThat(version("plan_measure", measure.id())).isEqualTo(1);
        assertThat(version("network_element", element.id().value())).isZero();
        mvc.perform(delete("/api/v1/programmes/" + programme.id() + "/network/elements/" + element.id())
                        .with(httpBasic(COORDINATOR, TestUsers.PASSWORD))
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isNoContent());
    }

    /**
     * Sends the requests from ten threads released together; answers how many got each status. The writers are
     * logged in already (a session), so that ten password checks at once do not crowd out what is tested.
     */
    private Map<Integer, Long> atOnce(IntFunction<RequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                RequestBuilder r = request.apply(i);
                statuses.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(r).andReturn().getResponse().getStatus();
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> s : statuses) {
                answers.add(s.get());
            }
            return answers.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private long version(String table, Object id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long audited(String type, Object id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = :t AND entity_id = :id")
                .param("t", type)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }
}
