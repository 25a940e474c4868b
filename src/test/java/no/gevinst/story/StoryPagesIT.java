package no.gevinst.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The story pages: the gallery with the demo's approved story and its frozen chart for a reader, its one-page PDF;
 * a coordinator writes a draft with a picture (a file that is no picture is refused naming the field), a reader
 * does not see the draft, a stale approval is a 409 and an approval of an approved story a 422.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class StoryPagesIT {

    private static final String DEMO_TITLE = "Lukket legemiddelsløyfe: færre legemiddelavvik på St. Olavs hospital";

    @Autowired
    MockMvc mvc;

    @Autowired
    Stories stories;

    @Autowired
    TestUsers users;

    @Test
    void aReaderSeesTheDemoStoryWithItsFrozenChartAndItsPdf() throws Exception {
        mvc.perform(get("/stories").with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DEMO_TITLE)));
        GalleryItem demo = demo();
        assertThat(demo.story().approved()).isTrue();
        assertThat(demo.story().figures().indicators()).isNotEmpty();
        mvc.perform(get("/stories/{s}", demo.story().id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Tallene da historien ble godkjent")))
                .andExpect(content().string(not(containsString("id=\"approve\""))));
        byte[] pdf = mvc.perform(
                        get("/stories/{s}/story.pdf", demo.story().id()).with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
    }

    @Test
    void aCoordinatorWritesAndApprovesADraftThatAReaderCannotSee() throws Exception {
        var benefit = demo().story().benefit();
        MockMultipartFile bad = new MockMultipartFile("picture", "bilde.png", "image/png", "ikke et bilde".getBytes());
        mvc.perform(multipart("/benefits/{b}/stories", benefit)
                        .file(bad)
                        .param("title", "Sideutkast")
                        .param("text", "Tekst")
                        .param("pictureAlt", "Et bilde")
                        .param("version", "0")
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("picture-error")));
        MockMultipartFile good = new MockMultipartFile("picture", "bilde.png", "image/png", StoriesIT.png(20, 10));
        String location = mvc.perform(multipart("/benefits/{b}/stories", benefit)
                        .file(good)
                        .param("title", "Sideutkast")
                        .param("text", "Tekst")
                        .param("pictureAlt", "Et blått mønster")
                        .param("version", "0")
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/stories/{s}", id).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"Et blått mønster\"")))
                .andExpect(content().string(containsString("id=\"approve\"")));
        mvc.perform(get("/stories/{s}/picture", id).with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/stories/{s}", id).with(users.session("nina"))).andExpect(status().isNotFound());
        mvc.perform(post("/stories/{s}/approve", id)
                        .param("version", "5")
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/stories/{s}/approve", id)
                        .param("version", "0")
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/stories/{s}/approve", id)
                        .param("version", "1")
                        .with(users.session("kari"))
                        .with(csrf()))
                .andExpect(status().is(422));
        mvc.perform(get("/stories/{s}", id).with(users.session("nina"))).andExpect(status().isOk());
    }

    private GalleryItem demo() {
        return users.callAs("nina", () -> stories.gallery()).stream()
                .filter(i -> i.story().title().equals(DEMO_TITLE))
                .findFirst()
                .orElseThrow();
    }
}
