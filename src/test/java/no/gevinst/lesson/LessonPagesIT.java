package no.gevinst.lesson;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lessons pages: the programme page links to its lessons; the demo's three lessons and pilot for Helseplattformen
 * are found by words and filters; a lesson with bad input is refused naming its fields, a good one is shown; a stale
 * change is refused with 409; a reader sees no forms and is refused a write; a bad filter is a 400 naming it.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LessonPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Test
    void theProgrammeLinksToItsLessonsAndTheDemoIsSearchable() throws Exception {
        Programme hp = hp();
        mvc.perform(get("/programmes/{id}", hp.id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/lessons?programme=" + hp.id())));
        mvc.perform(get("/lessons").param("programme", hp.id().toString()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erfaringsbesøk før innføring")))
                .andExpect(content().string(containsString("Digital timebestilling må kommuniseres")))
                .andExpect(content().string(containsString("Nullpunkt bør måles før go-live")))
                .andExpect(content().string(containsString("Digital timebestilling i én poliklinikk før utrulling")))
                .andExpect(content().string(containsString("Rulles ut, besluttet 15.03.2023")))
                .andExpect(content().string(not(containsString("new-lesson-"))));
        mvc.perform(get("/lessons")
                        .param("q", "nullpunktet")
                        .param("phase", "DOCUMENT")
                        .with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nullpunkt bør måles før go-live")))
                .andExpect(content().string(not(containsString("Erfaringsbesøk før innføring"))));
        mvc.perform(get("/lessons").param("phase", "NOPE").param("page", "x").with(users.session("nina")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Fasen finnes ikke.")))
                .andExpect(content().string(containsString("Sidetallet må være et heltall")));
        mvc.perform(get("/lessons").with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("new-lesson-")));
    }

    @Test
    void aLessonIsWrittenOnTheFormWithItsErrorsNamedAndAStaleChangeIsRefused() throws Exception {
        Programme hp = hp();
        String path = "/programmes/" + hp.id() + "/lessons";
        mvc.perform(post(path)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("title", "")
                        .param("happened", " ")
                        .param("recommendation", "")
                        .param("phase", "REALISE")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Skriv en tittel.")))
                .andExpect(content().string(containsString("id=\"happened-error\"")))
                .andExpect(content().string(containsString("Skriv hva som skjedde.")))
                .andExpect(content().string(containsString("id=\"recommendation-error\"")))
                .andExpect(content().string(containsString("Skriv en anbefaling.")));
        // Given their text, the choices are judged by the service.
        mvc.perform(post(path)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("title", "Sideprøve med feil valg")
                        .param("happened", "Noe skjedde.")
                        .param("recommendation", "Gjør det slik.")
                        .param("phase", "NOPE")
                        .param("areaId", "not-a-uuid")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Velg en av programmets faser.")))
                .andExpect(content().string(containsString("Velg et av programmets gevinstområder.")));
        String location = mvc.perform(post(path)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("title", "Sideprøve erfaring")
                        .param("happened", "Noe skjedde.")
                        .param("recommendation", "Gjør det slik.")
                        .param("phase", "REALISE")
                        .param("processTag", "Innsjekk")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sideprøve erfaring")))
                .andExpect(content().string(containsString("Innsjekk")))
                .andExpect(content().string(not(containsString("new-measure"))));
        mvc.perform(post(location)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("title", "Sideprøve utdatert")
                        .param("happened", "Noe skjedde.")
                        .param("recommendation", "Gjør det slik.")
                        .param("phase", "REALISE")
                        .param("version", "7"))
                .andExpect(status().isConflict());
        mvc.perform(post(location + "/measures")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("action", "")
                        .param("deadline", "neste vår"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv hva som skal gjøres.")))
                .andExpect(content().string(containsString("Velg en eier.")));
        mvc.perform(post(path).with(users.session("nina")).with(csrf()).param("title", "Leserens"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPilotWithADecisionButNoDateIsRefusedNamingIt() throws Exception {
        Programme hp = hp();
        mvc.perform(post("/programmes/" + hp.id() + "/pilots")
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("what", "Sideprøvepilot")
                        .param("unitId", hp.owner().toString())
                        .param("startsOn", "2026-01-01")
                        .param("decision", "NOT_ROLL_OUT")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Oppgi når det ble besluttet.")))
                .andExpect(content().string(containsString("Velg hvem som besluttet.")));
        mvc.perform(get("/programmes/" + hp.id() + "/pilots/new").with(users.session(TestUsers.ADMIN)))
                .andExpect(status().isOk());
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
