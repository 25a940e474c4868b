package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The demo maps followed up per release: what each delivers, the benefits downstream, the measures serving them. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ReleaseFollowUpServiceIT {

    private static final String BOOKING = "Digital timebestilling på helsenorge";
    private static final String CITIZEN_PORTAL = "Innbyggerløsning på helsenorge";

    @Autowired
    Releases releases;

    @Autowired
    Plans plans;

    @Autowired
    Programmes programmes;

    @Autowired
    Networks networks;

    @Autowired
    DbepPlans dbepPlans;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void releasesAreListedByTheirEarliestPlannedDateWithTheirProgress() {
        List<Releases.Summary> list = users.callAs("kari", () -> releases.releases(hp().id()));

        assertThat(list)
                .extracting(Releases.Summary::firstPlanned)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(list)
                .extracting(Releases.Summary::name)
                .contains("Innføring 2022", "R1 2023", "R2 2023", "R4 2023", "R2 2024", "R3 2024")
                .doesNotHaveDuplicates();
        // The booking release has slipped from March to June 2024 and is not delivered yet.
        assertThat(list)
                .filteredOn(r -> r.name().equals("R2 2024"))
                .singleElement()
                .isEqualTo(new Releases.Summary("R2 2024", LocalDate.parse("2024-03-01"), 1, 0, 1));
    }

    @Test
    void aReleaseListsExactlyItsEnablersAndTheBenefitsDownstreamOfThem() {
        Programme hp = hp();
        Releases.ReleaseView view = users.callAs("kari", () -> releases.release(hp.id(), " R2 2024 "));

        assertThat(view.name()).isEqualTo("R2 2024");
        assertThat(view.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo(BOOKING);
            assertThat(d.status()).isEqualTo(ElementStatus.IN_PROGRESS);
            assertThat(d.planned()).isEqualTo("2024-03-01");
            assertThat(d.moved()).isEqualTo("2024-06-01");
            assertThat(d.late()).isTrue();
            assertThat(d.path()).isEqualTo("/programmes/" + hp.id() + "/network/elements/" + d.id());
        });
        // Booking → patients book themselves → fewer calls and shorter waits; nothing else lies downstream.
        assertThat(view.benefits())
                .extracting(Releases.TouchedBenefit::label)
                .satisfiesExactlyInAnyOrder(
                        l -> assertThat(l).endsWith("Færre telefonhenvendelser ved digital timebestilling"),
                        l -> assertThat(l).endsWith("Kortere ventetid fra henvisning til første time"));
        assertThat(view.benefits()).allSatisfy(b -> {
            assertThat(b.via()).containsExactly(BOOKING);
            assertThat(b.path()).isEqualTo("/benefits/" + b.id());
            assertThat(b.rag()).isNotNull();
        });
    }

    @Test
    void theMeasuresShownAreThoseServingTheBenefitsTheReleaseTouches() {
        Programme dbep = dbepPlans.dbep();
        Plan plan = dbepPlans.programmePlan();
        Releases.ReleaseView before = users.callAs("dina", () -> releases.release(dbep.id(), "Sprint 10"));
        assertThat(before.deliveries()).extracting(Releases.Delivery::label).containsExactly(CITIZEN_PORTAL);
        assertThat(before.benefits())
                .extracting(Releases.TouchedBenefit::label)
                .satisfiesExactlyInAnyOrder(
                        l -> assertThat(l)
                                .endsWith("Pasienten mestrer mer selv med tilgang til egen plan på helsenorge"),
                        l -> assertThat(l)
                                .endsWith(
                                        "Bedre kvalitet i tjenestetilbudet for pasienter med store og sammensatte behov"));
        Releases.TouchedBenefit mastery = before.benefits().stream()
                .filter(b -> b.label().contains("mestrer"))
                .findFirst()
                .orElseThrow();
        String timeSaving = benefitOf(dbep, "Tidsbesparelse for helsepersonell");

        Measure serving = users.callAs(
                "dina",
                () -> plans.addMeasure(
                        plan.id(),
                        new Plans.MeasureInput(
                                "Veiledning i egenbehandlingsplan på helsenorge",
                                List.of(mastery.id(), timeSaving),
                                "",
                                "2025-01-31",
                                "IN_PROGRESS",
                                "")));
        Measure elsewhere = users.callAs(
                "dina",
                () -> plans.addMeasure(
                        plan.id(),
                        new Plans.MeasureInput(
                                "Tidsstudie hos behandlere", List.of(timeSaving), "", "2031-01-31", "PLANNED", "")));

        Releases.ReleaseView after = users.callAs("dina", () -> releases.release(dbep.id(), "Sprint 10"));
        assertThat(after.measures())
                .extracting(Releases.ServingMeasure::id)
                .contains(serving.id())
                .doesNotContain(elsewhere.id());
        assertThat(after.measures())
                .filteredOn(m -> m.id().equals(serving.id()))
                .singleElement()
                .satisfies(m -> {
                    // Only the touched benefit is named: the time saving is not this release's.
                    assertThat(m.benefits()).containsExactly(mastery.label());
                    assertThat(m.planTitle()).isEqualTo(plan.title());
                    assertThat(m.overdue()).isTrue();
                    assertThat(m.path()).isEqualTo("/plans/" + plan.id() + "#measures");
                });
    }

    @Test
    void anUnknownReleaseOrAProgrammeTheUserMayNotSeeIsNotFound() {
        Programme hp = hp();
        Programme dbep = dbepPlans.dbep();
        assertThatThrownBy(() -> users.runAs("kari", () -> releases.release(hp.id(), "R9 2099")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.runAs("kari", () -> releases.releases(dbep.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.runAs("kari", () -> releases.release(dbep.id(), "Sprint 10")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePagesAndTheApiShowTheReleases() throws Exception {
        Programme hp = hp();
        mvc.perform(get("/programmes/{id}/releases", hp.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R2 2024")));
        mvc.perform(get("/programmes/{id}/releases/view", hp.id())
                        .param("name", "R2 2024")
                        .with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BOOKING)))
                .andExpect(content().string(containsString("Forsinket")));
        mvc.perform(get("/programmes/{id}/releases/view", hp.id())
                        .param("name", "R9 2099")
                        .with(users.session("kari")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{id}/releases", hp.id()).with(users.session("dina")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/programmes/{id}/releases", hp.id()).with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("R2 2024")));
        mvc.perform(get("/api/v1/programmes/{id}/releases/view", hp.id())
                        .param("name", "R2 2024")
                        .with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries[0].label").value(BOOKING))
                .andExpect(jsonPath("$.benefits.length()").value(2));
        // A release whose name has spaces and brackets is found through its query parameter.
        mvc.perform(get(
                                "/api/v1/programmes/{id}/releases/view",
                                dbepPlans.dbep().id())
                        .param("name", "MVP (sprint 6)")
                        .with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveries[0].label").value("Kjernejournal-integrasjon"));
    }

    private String benefitOf(Programme programme, String title) {
        return users.callAs("dina", () -> networks.of(programme.id())).nodes().stream()
                .filter(n -> n.kind().isBenefit() && n.label().contains(title))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow();
    }

    private Programme hp() {
        return users.callAs(
                "kari",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("HP"))
                        .findFirst()
                        .orElseThrow());
    }
}
