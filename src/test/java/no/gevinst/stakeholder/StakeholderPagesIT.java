package no.gevinst.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stakeholder pages: Helseplattformen's demo analysis with its grid (quadrant names and numbered points written in
 * the drawing, not told by colour), the table beside it and the involvement plan with its measures; the form refuses
 * an interest of 7 naming the field (422), a stale save is a 409, and only coordinators see the forms.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class StakeholderPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    Programmes programmes;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Test
    void theDemoAnalysisShowsTheGridTheTableAndThePlan() throws Exception {
        Programme hp = hp();
        mvc.perform(get("/programmes/{id}", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/programmes/" + hp.id() + "/stakeholders")));
        List<Stakeholder> demo = users.callAs("nina", () -> stakeholders.stakeholders(hp.id(), Optional.empty()));
        assertThat(demo)
                .hasSizeBetween(5, 6)
                .allSatisfy(s -> assertThat(s.demo()).isTrue());
        assertThat(demo)
                .extracting(Stakeholder::kind)
                .contains(StakeholderKind.UNION_REPRESENTATIVES, StakeholderKind.SECTION_LEADERS);
        mvc.perform(get("/programmes/{id}/stakeholders", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Følg tett")))
                .andExpect(content().string(containsString("Hold informert")))
                .andExpect(content().string(containsString("Tillitsvalgte ved St. Olavs hospital (demo)")))
                .andExpect(content().string(containsString("id=\"stakeholder-table\"")))
                .andExpect(content().string(containsString("Involverings- og kommunikasjonsplan")))
                .andExpect(content().string(containsString("Lederopplæring i endringsledelse")))
                .andExpect(content().string(containsString("Tiltak: Arne Solli, frist 30.04.2022")))
                .andExpect(content().string(not(containsString("id=\"new-stakeholder\""))));
        // Narrowed to St. Olavs hospital, the partners in Trondheim kommune are not shown.
        String sto = users.callAs(
                "nina",
                () -> demo.stream()
                        .filter(s -> s.kind() == StakeholderKind.UNION_REPRESENTATIVES)
                        .findFirst()
                        .orElseThrow()
                        .organisation()
                        .toString());
        mvc.perform(get("/programmes/{id}/stakeholders", hp.id())
                        .param("organisation", sto)
                        .with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ledere på seksjonsnivå, St. Olavs hospital (demo)")))
                .andExpect(content().string(not(containsString("Helse og velferd, Trondheim kommune (demo)"))));
        mvc.perform(get("/programmes/{id}/stakeholders", hp.id())
                        .param("organisation", "ikke-en-id")
                        .with(users.session("nina")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/programmes/{id}/stakeholders", hp.id()).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-stakeholder\"")));
    }

    @Test
    void theFormNamesABadInterestAndAStaleSaveIsAConflict() throws Exception {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        mvc.perform(post("/programmes/{id}/stakeholders", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Tillitsvalgte")
                        .param("kind", "UNION_REPRESENTATIVES")
                        .param("interest", "7")
                        .param("influence", "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("«7» er ikke et helt tall fra 1 til 5.")))
                .andExpect(content().string(containsString("id=\"interest-error\"")));
        mvc.perform(post("/programmes/{id}/stakeholders", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Tillitsvalgte")
                        .param("kind", "UNION_REPRESENTATIVES")
                        .param("interest", "5")
                        .param("influence", "4"))
                .andExpect(status().is3xxRedirection());
        Stakeholder created = users.callAs(
                        coordinator, () -> stakeholders.stakeholders(programme.id(), Optional.empty()))
                .getFirst();
        String path = "/programmes/" + programme.id() + "/stakeholders/" + created.id();
        mvc.perform(get(path + "/edit").with(users.session(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"add-action\"")));
        mvc.perform(post(path)
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", "Tillitsvalgte")
                        .param("kind", "UNION_REPRESENTATIVES")
                        .param("interest", "5")
                        .param("influence", "5")
                        .param("version", "3"))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/actions")
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("description", "Drøftingsmøte")
                        .param("plannedOn", "neste uke")
                        .param("channel", "UNION_MEETING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"plannedOn-error\"")))
                .andExpect(content().string(containsString("id=\"responsibleId-error\"")));
        mvc.perform(get(path + "/edit").with(users.session("nina"))).andExpect(status().is4xxClientError());
    }

    @Test
    void aBlankNameAndAMissingScoreAreRefusedAtTheEdgeNamingEachFieldAndNothingIsSaved() throws Exception {
        Programme programme = testProgrammes.create();
        String coordinator = TestProgrammes.COORDINATOR;
        mvc.perform(post("/programmes/{id}/stakeholders", programme.id())
                        .with(users.session(coordinator))
                        .with(csrf())
                        .param("name", " \t ")
                        .param("kind", "UNION_REPRESENTATIVES")
                        .param("interest", "3")
                        .param("influence", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Skriv hvem interessenten er.")))
                .andExpect(content().string(containsString("id=\"influence-error\"")))
                .andExpect(content().string(containsString("Skriv et tall fra 1 til 5.")))
                .andExpect(content().string(not(containsString("id=\"interest-error\""))));
        assertThat(users.callAs(coordinator, () -> stakeholders.stakeholders(programme.id(), Optional.empty())))
                .isEmpty();
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
