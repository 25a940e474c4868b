package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.plan.Reminders.Kind;
import no.gevinst.plan.Reminders.Reminder;
import no.gevinst.programme.Programme;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders of the two demo coordinators: each sees what waits in her own programme, and nothing of the other's.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ReminderServiceIT {

    /** The demo's yearly indicator last measured for 2024: due at the end of 2025, stale since mid-2026. */
    private static final String STALE_INDICATOR = "Polikliniske kontroller per pasient per år";

    @Autowired
    Reminders reminders;

    @Autowired
    Plans plans;

    @Autowired
    Networks networks;

    @Autowired
    DbepPlans dbepPlans;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void eachCoordinatorIsRemindedOfWhatIsDueInHerOwnProgrammesOnly() {
        // The day in Oslo, as the reminders count it: between 23:00 and 24:00 UTC it is already tomorrow there.
        LocalDate today = NorwegianTime.today();
        Programme dbep = dbepPlans.dbep();
        Plan plan = dbepPlans.programmePlan();
        String benefit = users.callAs("dina", () -> networks.of(dbep.id())).nodes().stream()
                .filter(n -> n.kind().isBenefit())
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow();
        Measure late = addMeasure(plan, "Avtale om pilot med legekontoret", benefit, today.minusDays(10), "PLANNED");
        Measure done = addMeasure(plan, "Opplæring av pilotteamet", benefit, today.minusDays(10), "DONE");
        Measure ahead = addMeasure(plan, "Evaluering av piloten", benefit, today.plusDays(30), "IN_PROGRESS");
        int submitted = submitLatest(plan);

        List<Reminder> dinas = users.callAs("dina", () -> reminders.forCurrentUser(today));
        assertThat(dinas)
                .contains(new Reminder(
                        Kind.MEASURE_DEADLINE,
                        dbep.id(),
                        "DBEP",
                        late.action(),
                        plan.title(),
                        late.deadline(),
                        true,
                        "/plans/" + plan.id() + "#measures"));
        assertThat(dinas)
                .filteredOn(r -> r.kind() == Kind.PLAN_APPROVAL && r.path().startsWith("/plans/" + plan.id()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.context()).isEqualTo(String.valueOf(submitted));
                    assertThat(r.date()).isEqualTo(today);
                    assertThat(r.overdue()).isFalse();
                    assertThat(r.path()).isEqualTo("/plans/" + plan.id() + "?version=" + submitted);
                });
        assertThat(dinas).extracting(Reminder::what).doesNotContain(done.action(), ahead.action(), STALE_INDICATOR);
        assertThat(dinas).extracting(Reminder::programmeCode).containsOnly("DBEP");
        assertOverdueFirstThenByDate(dinas);

        List<Reminder> karis = users.callAs("kari", () -> reminders.forCurrentUser(today));
        assertThat(karis)
                .filteredOn(r -> r.what().equals(STALE_INDICATOR))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(Kind.MEASUREMENT_DUE);
                    assertThat(r.programmeCode()).isEqualTo("HP");
                    assertThat(r.date()).isEqualTo("2025-12-31");
                    assertThat(r.overdue()).isTrue();
                    assertThat(r.path()).startsWith("/indicators/");
                });
        assertThat(karis).extracting(Reminder::programmeCode).doesNotContain("DBEP");
        assertThat(karis).extracting(Reminder::what).doesNotContain(late.action());
        assertOverdueFirstThenByDate(karis);
    }

    @Test
    void aMeasurementIsDueOneFrequencyAfterTheLatestPeriodAndOverdueWhenStale() {
        // A year before it was stale, the stale indicator was not yet due at all.
        List<Reminder> early = users.callAs("kari", () -> reminders.forCurrentUser(LocalDate.parse("2025-12-31")));
        assertThat(early).extracting(Reminder::what).doesNotContain(STALE_INDICATOR);
        List<Reminder> due = users.callAs("kari", () -> reminders.forCurrentUser(LocalDate.parse("2026-01-01")));
        assertThat(due)
                .filteredOn(r -> r.what().equals(STALE_INDICATOR))
                .singleElement()
                .satisfies(r -> assertThat(r.overdue()).isFalse());
    }

    @Test
    void thePageTheApiAndTheStartPageShowTheReminders() throws Exception {
        mvc.perform(get("/reminders").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(STALE_INDICATOR)))
                .andExpect(content().string(containsString("Forfalt")));
        mvc.perform(get("/api/v1/reminders").with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].overdue").value(true));
        mvc.perform(get("/").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se påminnelsene")));
    }

    private Measure addMeasure(Plan plan, String action, String benefit, LocalDate deadline, String status) {
        return users.callAs(
                "dina",
                () -> plans.addMeasure(
                        plan.id(),
                        new Plans.MeasureInput(action, List.of(benefit), "", deadline.toString(), status, "")));
    }

    /** Submits the plan's latest version if it is a draft; answers the number of the version awaiting approval. */
    private int submitLatest(Plan plan) {
        PlanVersion latest =
                users.callAs("dina", () -> plans.versions(plan.id())).getFirst();
        if (latest.status() == VersionStatus.DRAFT) {
            users.runAs("dina", () -> plans.submit(plan.id(), latest.number()));
        }
        return latest.number();
    }

    private static void assertOverdueFirstThenByDate(List<Reminder> list) {
        List<Reminder> overdue = list.stream().filter(Reminder::overdue).toList();
        List<Reminder> pending = list.stream().filter(r -> !r.overdue()).toList();
        assertThat(list).startsWith(overdue.toArray(Reminder[]::new));
        assertThat(overdue).extracting(Reminder::date).isSorted();
        assertThat(pending).extracting(Reminder::date).isSorted();
    }
}
