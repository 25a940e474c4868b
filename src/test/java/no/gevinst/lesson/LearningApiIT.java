package no.gevinst.lesson;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.Round;
import no.gevinst.maturity.RoundInput;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.report.Documents;
import no.gevinst.shared.NorwegianTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * (issue 19: learn) The change-and-learning modules' JSON APIs answer as the rest of the API does (201 with an ETag,
 * a stale If-Match 409 and nothing changed, 204 on delete, audited), give maturity results only aggregated, and
 * refuse readers; a lesson is deleted from its page after the confirmation, a stale one kept with 409; respondents
 * see the menu link to their rounds; and the plan and annual status carry the maturity summary and the evidence.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LearningApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    MaturityRounds rounds;

    @Autowired
    Lessons lessons;

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    no.gevinst.organisation.Organisations organisations;

    @BeforeEach
    void bokmal() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEvaluationIsWrittenChangedAndDeletedThroughTheApiWithItsVersionAndAudit() throws Exception {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Kortere liggetid");
        String reader = users.withRole("laerings-leser", Role.LESER, programme.owner());
        String path = "/api/v1/programmes/" + programme.id() + "/evidence";
        String body = """
                {"kind": "BEFORE_AFTER", "title": "Før og etter", "design": "Målt før og etter", "performedBy": "",
                 "periodStart": "2024-01-01", "periodEnd": "2024-12-31", "status": "COMPLETED", "result": "Kortere",
                 "effectSize": "-1,5", "effectUnit": "døgn", "ciLow": "-2,1", "ciHigh": "-0,9", "source": "",
                 "sourceUrl": "", "benefitIds": ["%s"]}""".formatted(benefit.id());
        mvc.perform(post(path)
                        .with(users.session(reader))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post(path)
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.ciLow").value(-2.1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String one = path + "/" + id;

        mvc.perform(put(one).with(users.session(COORDINATOR))
                        .with(csrf())
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Før og etter", "Endret")))
                .andExpect(status().isConflict());
        mvc.perform(put(one).with(users.session(COORDINATOR))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"version\"")));
        mvc.perform(put(one).with(users.session(COORDINATOR))
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Før og etter", "Endret")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Endret"));
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
        assertThat(audited("evidence", id)).containsExactly("create", "update", "delete");
    }

    @Test
    void maturityResultsAreOnlyAggregatesAndTheDocumentsSummariseThemWithTheEvidence() throws Exception {
        Programme programme = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(programme, "Færre avvik");
        String owner = programme.owner().toString();
        Round round = users.callAs(
                COORDINATOR,
                () -> rounds.loadGenerated(
                        programme.id(),
                        new RoundInput("Læringsrunde", "standard", "2025-01-01", "2025-01-31", List.of(owner), ""),
                        Map.of(programme.owner(), 6),
                        19));
        String rounds = "/api/v1/programmes/" + programme.id() + "/maturity-rounds";
        mvc.perform(get(rounds).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Læringsrunde"));
        mvc.perform(get(rounds + "/" + round.id() + "/results").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].respondents").value(6))
                .andExpect(jsonPath("$.rows[0].cells[0].mean").exists())
                .andExpect(content().string(not(containsString("score"))))
                .andExpect(content().string(not(containsString("person"))));

        users.runAs(COORDINATOR, () -> {
            var evidence = new no.gevinst.evidence.EvidenceInput(
                    "RANDOMISED_TRIAL",
                    "Læringsstudien",
                    "Loddtrekning",
                    "",
                    "2024-01-01",
                    "2024-12-31",
                    "COMPLETED",
                    "Færre avvik",
                    "-3",
                    "avvik",
                    "-5",
                    "-1",
                    "",
                    "",
                    List.of(benefit.id().toString()));
            evidenceRegister.create(programme.id(), evidence);
        });
        Plan plan = users.callAs(COORDINATOR, () -> plans.create(programme.id(), new Plans.PlanInput("", "Plan")));
        byte[] planPdf = users.callAs(COORDINATOR, () -> documents.plan(plan.id(), 1));
        String planText = PdfConformance.rawText(planPdf).replaceAll("\\s+", " ");
        // The document is in the user's language, which the test does not choose: the headings in either.
        assertThat(planText)
                .containsPattern("11 (Modenhet|Maturity)")
                .containsPattern("12 (Dokumentert effekt|Evidence of effect)")
                .contains("Læringsrunde", "Læringsstudien", "Loddtrekning");
        assertThat(PdfConformance.brokenRules(planPdf)).isEmpty();
        String annual = PdfConformance.rawText(users.callAs(COORDINATOR, () -> documents.annualStatus(plan.id(), 2026)))
                .replaceAll("\\s+", " ");
        assertThat(annual)
                .containsPattern("6 (Modenhet|Maturity)")
                .containsPattern("7 (Dokumentert effekt|Evidence of effect)")
                .contains("Læringsrunde", "Læringsstudien");
    }

    @Autowired
    no.gevinst.evidence.EvidenceRegister evidenceRegister;

    @Test
    void aLessonIsDeletedFromItsPageAfterTheConfirmationAndAStaleOneIsKept() throws Exception {
        Programme programme = testProgrammes.create();
        Lesson lesson = users.callAs(
                COORDINATOR,
                () -> lessons.create(
                        programme.id(),
                        new LessonInput(
                                "Slettes fra siden", "Noe skjedde", "", "", "Gjør det", "PLAN", "", "", List.of())));
        String page = "/programmes/" + programme.id() + "/lessons/" + lesson.id();
        mvc.perform(get(page).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vil du slette «Slettes fra siden»? Det kan ikke angres.")));
        mvc.perform(post(page + "/delete")
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ikke slettet")));
        mvc.perform(post(page + "/delete")
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("version", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(page + "/delete")
                        .with(users.session(COORDINATOR))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/lessons?programme=" + programme.id()));
        assertThat(users.callAs(COORDINATOR, () -> lessons.find(programme.id(), lesson.id())))
                .isEmpty();
        assertThat(audited("lesson", lesson.id().toString())).containsExactly("create", "delete");
    }

    @Test
    void someoneWithARoundToAnswerSeesTheLinkToItInTheMenu() throws Exception {
        Programme programme = testProgrammes.create();
        String respondent = users.withRole("laerings-svarer", Role.LESER, programme.owner());
        var elsewhere = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new no.gevinst.organisation.OrganisationInput(
                        "Læringsforetaket utenfor", "ANNEN", no.gevinst.TestOrganisationNumbers.unique(), null)));
        String outsider = users.withRole("laerings-utenfor", Role.LESER, elsewhere.id());
        String today = NorwegianTime.today().toString();
        users.runAs(COORDINATOR, () -> {
            Round written = rounds.create(
                    programme.id(),
                    new RoundInput(
                            "Åpen runde",
                            "standard",
                            today,
                            NorwegianTime.today().plusDays(14).toString(),
                            List.of(programme.owner().toString()),
                            ""));
            rounds.send(programme.id(), written.id(), written.version());
        });
        mvc.perform(get("/").with(users.session(respondent)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-maturity\"")));
        mvc.perform(get("/").with(users.session(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"nav-maturity\""))));
    }

    private List<String> audited(String entity, String id) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = :t AND entity_id = :id ORDER BY id")
                .param("t", entity)
                .param("id", id)
                .query(String.class)
                .list();
    }
}
