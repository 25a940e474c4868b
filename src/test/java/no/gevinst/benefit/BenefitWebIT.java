package no.gevinst.benefit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.shared.OrganisationId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register's API and pages as the demo users meet them. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class BenefitWebIT {

    private static final String DEMO_PASSWORD = "gevinst-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    no.gevinst.TestParties parties;

    @Test
    void theProfileOfABenefitOwnedOutsideTheUsersScopeSaysSoInsteadOfFailing() throws Exception {
        String outsider = parties.outsideOwner();
        Benefit benefit = parties.benefitNaming(outsider, "Eier utenfor programmet");

        mvc.perform(get("/benefits/" + benefit.id()).with(parties.pageSession(parties.in(Role.GEVINSTKOORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Person i en organisasjon du ikke har innsyn i")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(outsider))));
    }

    @Test
    void theApiListsTheRegisterWithFiltersAndPagination() throws Exception {
        mvc.perform(get("/api/v1/benefits")
                        .param("priorityArea", "Pasientmedvirkning")
                        .param("size", "2")
                        .with(as("kari")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.countsByStatus.IDENTIFIED").exists());
    }

    @Test
    void anIllegalTransitionThroughTheApiNamesWhatIsWrong() throws Exception {
        String body = mvc.perform(
                        get("/api/v1/benefits").param("q", "Kortere ventetid").with(as("kari")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");
        Integer version = JsonPath.read(body, "$.items[0].version");
        mvc.perform(post("/api/v1/benefits/" + id + "/status")
                        .with(as("kari"))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"REALISED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("En gevinst kan ikke gå fra IDENTIFIED til REALISED."));
    }

    @Test
    void aReaderGets403WhenWritingThroughTheApi() throws Exception {
        String body = mvc.perform(
                        get("/api/v1/benefits").param("q", "Kortere ventetid").with(as("nina")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");
        mvc.perform(post("/api/v1/benefits/" + id + "/status")
                        .with(as("nina"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"PRIORITISED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/benefits/" + id + "/edit").with(users.session("nina")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aUserWhoseOrganisationIsNoPartySeesNoProgrammeInPagesOrApi() throws Exception {
        String outsider = outsider();
        String hpBody = mvc.perform(get("/api/v1/programmes").with(as("kari")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String hpId = JsonPath.read(hpBody, "$[0].id");
        String benefitsBody = mvc.perform(get("/api/v1/benefits").with(as("kari")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String benefitId = JsonPath.read(benefitsBody, "$.items[0].id");

        mvc.perform(get("/api/v1/programmes").with(httpBasic(outsider, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/programmes/" + hpId).with(httpBasic(outsider, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/benefits").with(httpBasic(outsider, TestUsers.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/benefits/" + benefitId).with(httpBasic(outsider, TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + hpId).with(users.session(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits/" + benefitId).with(users.session(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/benefits").with(users.session(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ingen gevinster passer filteret.")));
    }

    @Test
    void theProfileFormShowsTheAllocationErrorAndSavesNothing() throws Exception {
        String body = mvc.perform(get("/api/v1/benefits")
                        .param("q", "Færre legemiddelfeil")
                        .with(as("kari")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");
        String programme = JsonPath.read(body, "$.items[0].programmeId");
        String org = JsonPath.read(body, "$.items[0].allocations[0].organisationId");
        String org2 = JsonPath.read(body, "$.items[0].allocations[1].organisationId");
        Integer version = JsonPath.read(body, "$.items[0].version");
        mvc.perform(post("/benefits/" + id)
                        .with(users.session("kari"))
                        .with(csrf())
                        .param("programmeId", programme)
                        .param("title", "Færre legemiddelfeil ved lukket legemiddelsløyfe")
                        .param("kind", "BENEFIT")
                        .param("benefitClass", "NON_PRICED")
                        .param("priority", "HIGH")
                        .param("allocationOrganisations", org, org2)
                        .param("allocationShares", "80", "30")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Andelene er til sammen 110 %")));
        mvc.perform(get("/api/v1/benefits/" + id).with(as("kari")))
                .andExpect(jsonPath("$.allocations[0].share").value(70.0))
                .andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void theRegisterPageFiltersByPriorityArea() throws Exception {
        mvc.perform(get("/benefits")
                        .param("priorityArea", "Legemiddelhåndtering")
                        .with(users.session("kari")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Færre legemiddelfeil ved lukket legemiddelsløyfe")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Tidligere oppdagelse av sepsis"))));
    }

    private String outsider() {
        String username = "utenfor";
        if (!users.exists(username)) {
            OrganisationId org = users.callAs(
                    TestUsers.ADMIN,
                    () -> organisations
                            .create(new OrganisationInput(
                                    "Utenforstående kommune", "KOMMUNE", TestOrganisationNumbers.unique(), null))
                            .id());
            users.withRole(username, Role.LESER, org);
        }
        return username;
    }

    private static RequestPostProcessor as(String demoUser) {
        return httpBasic(demoUser, DEMO_PASSWORD);
    }
}
