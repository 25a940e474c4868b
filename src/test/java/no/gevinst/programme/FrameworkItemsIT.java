package no.gevinst.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.gevinst.FormRefusals;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PageActions;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme's areas and priority areas are renamed and removed on its page and through the API (issue 21): the
 * register finds a benefit by its area's new name at once; a refusal names the field and writes nothing; a stale
 * version is a 409; an item a benefit uses is not removed, and the refusal names it; a reader sees no form and is
 * refused. A new item or effect objective refused is shown again in its own form with what was typed (422).
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class FrameworkItemsIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    Programmes programmes;

    @Autowired
    Benefits benefits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorRenamesAnAreaOnThePageAndTheRegisterFindsTheBenefitByTheNewName() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        Benefit benefit = benefitIn(programme, area, "Færre dobbeltregistreringer");
        String newName = "Ny kvalitet " + programme.code();

        mvc.perform(PageActions.submit(renameForm(programme, area, COORDINATOR), "name", newName)
                        .with(users.session(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + programme.id() + "#framework"))
                .andExpect(flash().attribute("frameworkRenamed", new String[] {area.name(), newName}));

        assertThat(byArea(programme, newName)).containsExactly(benefit.title());
        assertThat(byArea(programme, area.name())).isEmpty();
        assertThat(version(programme)).isEqualTo(programme.version() + 1);
        assertThat(audits(area)).isEqualTo(1);
        Document page = PageActions.page(mvc, "/programmes/" + programme.id(), users.session(COORDINATOR));
        assertThat(page.select("#framework-item-" + area.id() + " > span").text())
                .isEqualTo(newName);
    }

    @Test
    void aRefusedRenameIsShownAgainAtItsItemWithWhatWasTypedAndWritesNothing() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        String taken = programme.areas().get(1).name();
        Element form = renameForm(programme, area, COORDINATOR);

        String html = mvc.perform(PageActions.submit(form, "name", taken.toUpperCase(java.util.Locale.ROOT))
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String field = "framework-" + area.id() + "-name";
        FormRefusals.errorBeside(field).accept(html);
        Document answer = PageActions.parse(html);
        assertThat(answer.getElementById(field).val()).isEqualTo(taken.toUpperCase(java.util.Locale.ROOT));
        assertThat(answer.getElementById(field + "-error").text()).contains("allerede");
        // The other items' forms show their own names, not what was typed for this one.
        String other = "framework-" + programme.areas().get(1).id() + "-name";
        assertThat(answer.getElementById(other).val()).isEqualTo(taken);
        assertNothingWritten(programme, area);

        mvc.perform(PageActions.submit(form, "name", "  ").with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")));
        assertNothingWritten(programme, area);
    }

    @Test
    void aRefusedNewItemOrObjectiveIsShownAgainInItsFormAndAnAddedOneIsTold() throws Exception {
        Programme programme = testProgrammes.create();
        String taken = programme.priorityAreas().getFirst().name();
        Document page = PageActions.page(mvc, "/programmes/" + programme.id(), users.session(COORDINATOR));
        Element priorityForm = page.getElementById("new-priority-area").closest("form");
        long version = version(programme);

        String html = mvc.perform(
                        PageActions.submit(priorityForm, "name", taken).with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        FormRefusals.errorBeside("new-priority-area").accept(html);
        Document answer = PageActions.parse(html);
        assertThat(answer.getElementById("new-priority-area").val()).isEqualTo(taken);
        assertThat(answer.getElementById("new-area").val()).isEmpty();
        mvc.perform(PageActions.submit(priorityForm, Map.of("kind", "NOPE", "name", "Noe nytt"))
                        .with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"framework-add-errors\"")));
        assertThat(version(programme)).isEqualTo(version);

        mvc.perform(PageActions.submit(priorityForm, "name", "Pasientsikkerhet " + programme.code())
                        .with(users.session(COORDINATOR)))
                .andExpect(redirectedUrl("/programmes/" + programme.id() + "#framework"))
                .andExpect(flash().attribute("frameworkAdded", "Pasientsikkerhet " + programme.code()));

        Element objectiveForm = page.getElementById("objective-number").closest("form");
        mvc.perform(PageActions.submit(objectiveForm, Map.of("number", "1", "description", "Kortere ventetid"))
                        .with(users.session(COORDINATOR)))
                .andExpect(redirectedUrl("/programmes/" + programme.id() + "#objectives"))
                .andExpect(flash().attribute("saved", "1"));
        String refused = mvc.perform(
                        PageActions.submit(objectiveForm, Map.of("number", "1", "description", "Færre avvik"))
                                .with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        FormRefusals.errorBeside("objective-number").accept(refused);
        assertThat(PageActions.parse(refused)
                        .getElementById("objective-description")
                        .val())
                .isEqualTo("Færre avvik");
        assertThat(PageActions.parse(refused)
                        .getElementById("objective-number-error")
                        .text())
                .contains("nummer 1 finnes allerede");
    }

    @Test
    void aRenameOfAProgrammeChangedSinceThePageWasReadIsA409AndWritesNothing() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        Element form = renameForm(programme, area, COORDINATOR);
        users.runAs(
                COORDINATOR,
                () -> programmes.renameFrameworkItem(
                        programme.id(), programme.areas().get(1).id(), "Endret av en annen", programme.version()));

        String html = mvc.perform(PageActions.submit(form, "name", "For sent").with(users.session(COORDINATOR)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Document answer = PageActions.parse(html);
        assertThat(answer.getElementById("framework-" + area.id() + "-errors").text())
                .contains("Noen andre har endret");
        assertThat(answer.getElementById("framework-" + area.id() + "-name").val())
                .isEqualTo("For sent");
        assertThat(name(area)).isEqualTo(area.name());
        assertThat(audits(area)).isZero();
    }

    @Test
    void anItemNoBenefitUsesIsRemovedAndOneInUseIsRefusedNamingIt() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem used = programme.priorityAreas().getFirst();
        FrameworkItem unused = programme.priorityAreas().get(1);
        benefitIn(programme, programme.areas().getFirst(), used, "Raskere svar");
        Document page = PageActions.page(mvc, "/programmes/" + programme.id(), users.session(COORDINATOR));

        String html = mvc.perform(
                        PageActions.submit(removeForm(page, used), Map.of()).with(users.session(COORDINATOR)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(PageActions.parse(html)
                        .getElementById("framework-" + used.id() + "-errors")
                        .text())
                .contains("«" + used.name() + "» brukes av én gevinst");
        assertThat(name(used)).isEqualTo(used.name());
        assertThat(version(programme)).isEqualTo(programme.version());
        assertThat(audits(used)).isZero();

        mvc.perform(PageActions.submit(removeForm(page, unused), Map.of()).with(users.session(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("frameworkRemoved", unused.name()));
        assertThat(jdbc.sql("SELECT count(*) FROM framework_item WHERE id = :id")
                        .param("id", unused.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM benefit_framework_name WHERE framework_item_id = :id")
                        .param("id", unused.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audits(unused)).isEqualTo(1);
    }

    @Test
    void aReaderSeesNoFrameworkFormAndIsRefused() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        String reader = users.withRole("rammeverk-leser", Role.LESER, programme.owner());
        Document page = PageActions.page(mvc, "/programmes/" + programme.id(), users.session(reader));
        assertThat(page.select("#framework form")).isEmpty();
        assertThat(page.select("#framework-item-" + area.id()).text()).isEqualTo(area.name());
        Element coordinators = renameForm(programme, area, COORDINATOR);

        mvc.perform(PageActions.submit(coordinators, "name", "Lesers navn").with(users.session(reader)))
                .andExpect(status().isForbidden());
        mvc.perform(PageActions.submit(
                                removeForm(
                                        PageActions.page(
                                                mvc, "/programmes/" + programme.id(), users.session(COORDINATOR)),
                                        area),
                                Map.of())
                        .with(users.session(reader)))
                .andExpect(status().isForbidden());
        mvc.perform(put(api(programme, area))
                        .with(users.session(reader))
                        .with(csrf())
                        .header("If-Match", "\"" + programme.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Lesers navn\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete(api(programme, area))
                        .with(users.session(reader))
                        .with(csrf())
                        .header("If-Match", "\"" + programme.version() + "\""))
                .andExpect(status().isForbidden());
        assertNothingWritten(programme, area);
    }

    @Test
    void theApiRenamesWithTheProgrammesVersionAndRemovesOnlyAnItemNoBenefitUses() throws Exception {
        Programme programme = testProgrammes.create();
        FrameworkItem area = programme.areas().getFirst();
        Benefit benefit = benefitIn(programme, area, "Kortere ventetid");
        String newName = "API-navn " + programme.code();
        long v = programme.version();

        mvc.perform(rename(programme, area, "{\"name\": \"x\"}", null)).andExpect(status().isBadRequest());
        mvc.perform(rename(programme, area, "{\"name\": \" \"}", v))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"name\"")));
        mvc.perform(rename(programme, area, "{\"name\": \"x\"}", v + 5)).andExpect(status().isConflict());
        assertNothingWritten(programme, area);
        mvc.perform(rename(programme, area, "{\"name\": \"" + newName + "\"}", v))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (v + 1) + "\""))
                .andExpect(jsonPath("$.name").value(newName));
        assertThat(byArea(programme, newName)).containsExactly(benefit.title());

        mvc.perform(remove(programme, area, v + 1))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(newName)))
                .andExpect(content().string(containsString("\"field\":\"item\"")));
        mvc.perform(remove(programme, programme.areas().get(1), v)).andExpect(status().isConflict());
        mvc.perform(remove(programme, programme.areas().get(1), v + 1)).andExpect(status().isNoContent());
        assertThat(users.callAs(COORDINATOR, () -> programmes.require(programme.id())).areas().stream()
                        .map(FrameworkItem::id))
                .contains(area.id())
                .doesNotContain(programme.areas().get(1).id());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rename(
            Programme programme, FrameworkItem item, String body, Long version) {
        var request = put(api(programme, item))
                .with(users.session(COORDINATOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return version == null ? request : request.header("If-Match", "\"" + version + "\"");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder remove(
            Programme programme, FrameworkItem item, long version) {
        return delete(api(programme, item))
                .with(users.session(COORDINATOR))
                .with(csrf())
                .header("If-Match", "\"" + version + "\"");
    }

    private static String api(Programme programme, FrameworkItem item) {
        return "/api/v1/programmes/" + programme.id() + "/framework/" + item.id();
    }

    private Element renameForm(Programme programme, FrameworkItem item, String user) throws Exception {
        Document page = PageActions.page(mvc, "/programmes/" + programme.id(), users.session(user));
        return page.selectFirst("form[action=/programmes/" + programme.id() + "/framework/" + item.id() + "]");
    }

    private static Element removeForm(Document page, FrameworkItem item) {
        return page.selectFirst("form[action$=/framework/" + item.id() + "/delete]");
    }

    private Benefit benefitIn(Programme programme, FrameworkItem area, String title) {
        return users.callAs(
                COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .framework(area.id().toString(), List.of(), List.of())
                        .build()));
    }

    private Benefit benefitIn(Programme programme, FrameworkItem area, FrameworkItem priority, String title) {
        return users.callAs(
                COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .framework(area.id().toString(), List.of(priority.id().toString()), List.of())
                        .build()));
    }

    private List<String> byArea(Programme programme, String area) {
        return users.callAs(
                COORDINATOR,
                () -> benefits
                        .list(BenefitQuery.builder()
                                .programme(programme.id())
                                .area(area)
                                .build())
                        .stream()
                        .map(Benefit::title)
                        .toList());
    }

    private void assertNothingWritten(Programme programme, FrameworkItem item) {
        assertThat(name(item)).isEqualTo(item.name());
        assertThat(version(programme)).isEqualTo(programme.version());
        assertThat(audits(item)).isZero();
    }

    private String name(FrameworkItem item) {
        return jdbc.sql("SELECT name FROM framework_item WHERE id = :id")
                .param("id", item.id().value())
                .query(String.class)
                .single();
    }

    private long version(Programme programme) {
        return jdbc.sql("SELECT version FROM programme WHERE id = :id")
                .param("id", programme.id().value())
                .query(Long.class)
                .single();
    }

    private long audits(FrameworkItem item) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'framework-item' AND entity_id = :id")
                .param("id", item.id().toString())
                .query(Long.class)
                .single();
    }
}
