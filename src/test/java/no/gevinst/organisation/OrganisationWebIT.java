package no.gevinst.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GevinstIntegrationTest
@AutoConfigureMockMvc
class OrganisationWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApiCallWithoutLoginGets401() throws Exception {
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPageWithoutLoginRedirectsToTheLoginPage() throws Exception {
        for (String page : new String[] {"/", "/organisations", "/organisations/new", "/api-docs"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void loginPageHealthAndStaticFilesAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/css/gevinst.css")).andExpect(status().isOk());
        mvc.perform(get("/vendor/designsystemet/index.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(get("/api/v1/organisations").with(httpBasic(TestUsers.ADMIN, "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void createsAndReadsAnOrganisationThroughTheApi() throws Exception {
        String number = TestOrganisationNumbers.unique();
        String location = mvc.perform(post("/api/v1/organisations")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Helse Møre og Romsdal HF", "HF", number, null, null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.organisationNumber").value(number))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Helse Møre og Romsdal HF"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void problemDetailsNameEachBadField() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/organisations")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("", "SYKEHUS", "983658777", "b6d1f0a0-0000-0000-0000-000000000000", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Navn må fylles ut."))
                .andExpect(jsonPath("$.errors[1].field").value("type"))
                .andExpect(jsonPath("$.errors[2].field").value("organisationNumber"))
                .andExpect(jsonPath("$.errors[2].code").value("organisationNumber.checkDigit"))
                .andExpect(jsonPath("$.errors[3].field").value("parentId"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void problemDetailsForWrongLengthAndLettersInTheOrganisationNumber() throws Exception {
        for (String[] c : new String[][] {
            {"12345678", "organisationNumber.length"},
            {"12345678A", "organisationNumber.digitsOnly"},
            {"", "organisationNumber.required"}
        }) {
            mvc.perform(post("/api/v1/organisations")
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json("Navn", "HF", c[0], null, null)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organisationNumber"))
                    .andExpect(jsonPath("$.errors[0].code").value(c[1]));
        }
    }

    @Test
    void problemDetailsSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .param("lang", "en")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("", "HF", TestOrganisationNumbers.unique(), null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Name is required."));
    }

    @Test
    void malformedJsonGetsAProblemAndChangesNothing() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/organisations")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaleWriteGets409AndChangesNothing() throws Exception {
        String number = TestOrganisationNumbers.unique();
        String location = created("Original", number);
        mvc.perform(put(location)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Første endring", "HF", number, null, 0L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put(location)
                        .with(admin())
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Gammel endring", "HF", number, null, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));

        mvc.perform(get(location).with(admin())).andExpect(jsonPath("$.name").value("Første endring"));
    }

    @Test
    void anUpdateWithoutVersionIsRefused() throws Exception {
        String number = TestOrganisationNumbers.unique();
        String location = created("Uten versjon", number);
        mvc.perform(put(location)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Ny", "HF", number, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aReaderMayListButNotCreate() throws Exception {
        String reader = users.withRole("leser-web", Role.LESER, null);
        mvc.perform(get("/api/v1/organisations").with(httpBasic(reader, TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        long before = count();
        mvc.perform(post("/api/v1/organisations")
                        .with(httpBasic(reader, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Nei", "HF", TestOrganisationNumbers.unique(), null, null)))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theFormShowsAMessageAtEachBadFieldAndSavesNothing() throws Exception {
        long before = count();
        mvc.perform(post("/organisations")
                        .with(adminSession())
                        .with(csrf())
                        .param("name", "")
                        .param("type", "")
                        .param("organisationNumber", "12345")
                        .param("parentId", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("id=\"name-error\"")))
                .andExpect(content().string(Matchers.containsString("Navn må fylles ut.")))
                .andExpect(content().string(Matchers.containsString("id=\"type-error\"")))
                .andExpect(content().string(Matchers.containsString("Organisasjonsnummeret må ha ni siffer.")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        long before = count();
        mvc.perform(post("/organisations")
                        .with(adminSession())
                        .param("name", "Uten token")
                        .param("type", "HF")
                        .param("organisationNumber", TestOrganisationNumbers.unique()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaleFormSaysSomeoneElseChangedItAndKeepsTheirChange() throws Exception {
        String number = TestOrganisationNumbers.unique();
        String location = created("Skjema", number);
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(put(location)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("Endret av andre", "HF", number, null, 0L)))
                .andExpect(status().isOk());

        mvc.perform(post("/organisations/" + id)
                        .with(adminSession())
                        .with(csrf())
                        .param("name", "Min endring")
                        .param("type", "HF")
                        .param("organisationNumber", number)
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Noen andre har endret dette")));
        mvc.perform(get(location).with(admin())).andExpect(jsonPath("$.name").value("Endret av andre"));
    }

    @Test
    void unknownPagesAndRecordsGetTheNotFoundPage() throws Exception {
        mvc.perform(get("/organisations/6b3a5f64-0000-4000-8000-000000000000/edit")
                        .with(adminSession()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Fant ikke siden")));
        mvc.perform(get("/api/v1/organisations/6b3a5f64-0000-4000-8000-000000000000")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void openApiDocumentDescribesTheOrganisationsResource() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
                .andExpect(jsonPath("$.info.title").value("Gevinst API"));
    }

    @Test
    void swaggerUiOpensForALoggedInUser() throws Exception {
        mvc.perform(get("/api-docs").with(adminSession())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html").with(adminSession())).andExpect(status().isOk());
    }

    private String created(String name, String number) throws Exception {
        return mvc.perform(post("/api/v1/organisations")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(name, "HF", number, null, null)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    /** A logged-in browser: the same user, through the session rather than HTTP Basic. */
    private RequestPostProcessor adminSession() {
        var user = users.userDetails(TestUsers.ADMIN);
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
    }

    private static String json(String name, String type, String number, String parentId, Long version) {
        return """
                {"name": %s, "type": %s, "organisationNumber": %s, "parentId": %s, "version": %s}
                """.formatted(quote(name), quote(type), quote(number), quote(parentId), version);
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
