package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programme;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sharing API (issue 18): a share proposed, accepted at its version (If-Match, stale → 409) and ended; a merge
 * that moves the merged benefit's indicators (with their measurements), allocations, map links and plan rows to the
 * benefit kept, so that nothing is lost and each measurement is counted once; every write audited; all in the
 * OpenAPI contract.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharingApiIT {

    private static final String HOME = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Benefits benefits;

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Indicators indicators;

    @Autowired
    Organisations organisations;

    @Autowired
    Networks networks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aShareIsProposedAcceptedAtItsVersionAndEndedThroughTheApiAndEachWriteIsAudited() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt gjennom API-et");
        String shares = "/api/v1/benefits/" + benefit.id() + "/shares";

        mvc.perform(post(shares)
                        .with(users.session(HOME))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeId\":\"%s\",\"share\":\"140\"}".formatted(receiving.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("share"));
        mvc.perform(post(shares)
                        .with(users.session(HOME))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeId\":\"%s\",\"share\":\"40\"}".formatted(receiving.id())))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.share").value(40));
        mvc.perform(get(shares).with(users.session(HOME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeShare").value(60))
                .andExpect(jsonPath("$.shares", hasSize(1)))
                .andExpect(
                        jsonPath("$.shares[0].programme").value(receiving.id().toString()))
                .andExpect(jsonPath("$.shares[0].acceptedAt").doesNotExist());

        String accept = shares + "/" + receiving.id() + "/accept";
        // The same coordinator coordinates both test programmes, so may accept; a stale version is a conflict.
        mvc.perform(post(accept).with(users.session(HOME)).with(csrf()).header("If-Match", "\"7\""))
                .andExpect(status().isConflict());
        mvc.perform(post(accept).with(users.session(HOME)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post(accept).with(users.session(HOME)).with(csrf()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.acceptedBy").value(HOME));
        // Another organisation's reader does not see the benefit at all.
        mvc.perform(get(shares).with(users.session("nina"))).andExpect(status().isNotFound());

        String end = shares + "/" + receiving.id();
        mvc.perform(delete(end).with(users.session(HOME)).with(csrf()).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(delete(end).with(users.session(HOME)).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        assertThat(users.callAs(HOME, () -> sharing.shares(benefit.id()))).isEmpty();
        assertThat(audited("benefit_share", benefit.id().value())).containsExactly("propose", "accept", "end");
    }

    @Test
    void aMergeThroughTheApiMovesIndicatorsMeasurementsAllocationsLinksAndPlanRowsToTheBenefitKept() throws Exception {
        Programme programme = testProgrammes.create();
        Organisation first = organisation("Sammenslåingsforetak A");
        Organisation second = organisation("Sammenslåingsforetak B");
        Benefit kept = allocated(programme, "Beholdt gevinst", first, "60");
        Benefit merged = allocated(programme, "Samme gevinst registrert igjen", second, "30");
        Indicator indicator = users.callAs(
                HOME, () -> indicators.create(TestIndicators.monthly(merged.id().toString(), "Liggetid", null)));
        users.runAs(
                HOME,
                () -> indicators.record(
                        indicator.id(),
                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                "10",
                                "2025-01-01",
                                "2025-01-31",
                                programme.owner().toString(),
                                "",
                                "",
                                "",
                                "",
                                ""))),
                        MeasurementSource.FORM));
        Benefit other = testProgrammes.bareBenefit(programme, "Gevinst på kartet");
        users.callAs(
                HOME,
                () -> networks.link(
                        programme.id(),
                        LinkCommand.parse(other.id().toString(), merged.id().toString(), "LEADS_TO", "", "")));

        String merges = "/api/v1/benefits/" + kept.id() + "/merges";
        String body = "{\"mergedCode\":\"%s\",\"reason\":\"Registrert to ganger\",\"decisionReference\":\"Sak 3/2026\"}"
                .formatted(merged.code());
        mvc.perform(post(merges)
                        .with(users.session(HOME))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("If-Match", "\"99\""))
                .andExpect(status().isConflict());
        mvc.perform(post(merges)
                        .with(users.session("nina"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        mvc.perform(post(merges)
                        .with(users.session(HOME))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("If-Match", "\"" + kept.version() + "\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisionReference").value("Sak 3/2026"));

        // The other modules move their rows after the merge's commit, each in its own transaction (listeners of
        // BenefitsMerged, kept by the event publication registry until done): wait for them.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> movedByTheListeners(kept, merged, other, indicator));
        // The merged benefit's allocation fits within 100 % beside the kept one's: the kept benefit has both.
        Benefit after = users.callAs(HOME, () -> benefits.find(kept.id()).orElseThrow());
        assertThat(after.allocations())
                .extracting(a -> a.organisation())
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(after.version()).isGreaterThan(kept.version());
        mvc.perform(get("/api/v1/benefits/" + merged.id() + "/shares").with(users.session(HOME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.merges[0].kept").value(kept.id().toString()));
        assertThat(audited("benefit_merge", kept.id().value())).containsExactly("merge");
        assertThat(audited("benefit_merge", merged.id().value())).containsExactly("merged");
    }

    private void movedByTheListeners(Benefit kept, Benefit merged, Benefit other, Indicator indicator) {
        // The indicator, and so its measurement, is the kept benefit's now; the merged one has none left.
        assertThat(users.callAs(HOME, () -> indicators.ofBenefit(kept.id())))
                .extracting(Indicator::id)
                .containsExactly(indicator.id());
        assertThat(users.callAs(HOME, () -> indicators.ofBenefit(merged.id()))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM measurement WHERE indicator_id = :i")
                        .param("i", indicator.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The map's link into the merged benefit leads to the kept one.
        assertThat(jdbc.sql("SELECT count(*) FROM network_link WHERE from_id = :f AND to_id = :t")
                        .param("f", other.id().value())
                        .param("t", kept.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSharingRoutesAreInTheOpenApiContract() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(users.session(TestUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/benefits/{id}/shares'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/benefits/{id}/shares'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/benefits/{id}/shares/{programme}/accept'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/benefits/{id}/shares/{programme}'].delete")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/benefits/{id}/merges'].post").exists());
    }

    private Benefit allocated(Programme programme, String title, Organisation organisation, String share) {
        return users.callAs(
                HOME,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .allocations(List.of(new BenefitInput.AllocationInput(
                                organisation.id().toString(), share)))
                        .build()));
    }

    private Organisation organisation(String name) {
        return users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(
                        new OrganisationInput(name, "ANNEN", TestOrganisationNumbers.unique(), null)));
    }

    private List<String> audited(String entity, UUID id) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = :e AND entity_id = :id ORDER BY id")
                .param("e", entity)
                .param("id", id.toString())
                .query(String.class)
                .list();
    }
}
