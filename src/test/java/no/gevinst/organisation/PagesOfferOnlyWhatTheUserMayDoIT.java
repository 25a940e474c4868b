package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages offer a write only to users who may make it: a leser sees no "Ny person", no link to change a person, no
 * register import and no measurement upload, and the forms behind them answer 403; a coordinator sees them all.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class PagesOfferOnlyWhatTheUserMayDoIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Test
    void aLeserIsOfferedNoWriteAndRefusedTheFormsBehindThem() throws Exception {
        String reader = world.in(Role.LESER);
        String someone = world.person(world.in(Role.GEVINSTEIER)).id().toString();

        String people = page("/people", reader);
        String register = page("/benefits", reader);

        assertThat(people).contains(world.person(world.in(Role.GEVINSTEIER)).email());
        assertThat(people).doesNotContain("href=\"/people/new\"").doesNotContain("/people/" + someone + "/edit");
        assertThat(register).doesNotContain("href=\"/benefits/import\"").doesNotContain("href=\"/benefits/new");
        assertThat(people).doesNotContain("href=\"/measurements/import\"");
        for (String form : new String[] {"/people/new", "/people/" + someone + "/edit", "/benefits/import"}) {
            mvc.perform(get(form).with(world.pageSession(reader))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aCoordinatorIsOfferedThePeopleOfItsOrganisationTheImportAndTheUpload() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        String own = world.person(world.in(Role.GEVINSTEIER)).id().toString();
        String ofTheParty = world.person(world.partyMeasurer()).id().toString();

        String people = page("/people", coordinator);
        String register = page("/benefits", coordinator);

        assertThat(people).contains("href=\"/people/new\"", "/people/" + own + "/edit");
        // The party's people are the party's coordinators' to keep.
        assertThat(people)
                .contains(world.person(world.partyMeasurer()).email())
                .doesNotContain("/people/" + ofTheParty + "/edit");
        assertThat(register).contains("href=\"/benefits/import\"");
        assertThat(people).contains("href=\"/measurements/import\"");
        mvc.perform(get("/people/new").with(world.pageSession(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/people/" + own + "/edit").with(world.pageSession(coordinator)))
                .andExpect(status().isOk());
        mvc.perform(get("/benefits/import").with(world.pageSession(coordinator)))
                .andExpect(status().isOk());
    }

    @Test
    void aMaaleansvarligIsOfferedTheUploadButNotTheRegisterImport() throws Exception {
        String measurer = world.in(Role.MAALEANSVARLIG);

        assertThat(page("/benefits", measurer))
                .contains("href=\"/measurements/import\"")
                .doesNotContain("href=\"/benefits/import\"");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(world.pageSession(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
