package no.gevinst.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A user who may not act gets 403 (or 404 for what the user may not see) before anything about the request is
 * judged: a missing version, a body that is no JSON, a missing query parameter. Whoever may act gets the 400 the
 * request deserves. The authorisation matrix sends every write a version and a JSON object; these are the requests
 * it does not send.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class RefusedBeforeTheirInputIsJudgedIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MatrixWorld world;

    @Test
    void aDeleteOrUpdateWithoutAVersionIsRefusedWith403ForAUserWhoMayNotAndIs400ForOneWhoMay() throws Exception {
        MatrixWorld.Ids in = world.inside();
        String measure = "/api/v1/plans/" + in.get("plan") + "/measures/" + in.get("measure");
        String risk = "/api/v1/plans/" + in.get("plan") + "/risks/" + in.get("risk");
        String element = "/api/v1/programmes/" + in.get("programme") + "/network/elements/" + in.get("element");
        String indicator = "/api/v1/indicators/" + in.get("indicator");

        for (String path : new String[] {measure, risk, element}) {
            mvc.perform(as(Role.LESER, delete(path))).andExpect(status().isForbidden());
            mvc.perform(as(Role.GEVINSTKOORDINATOR, delete(path)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("version"));
        }
        mvc.perform(as(Role.STYRINGSGRUPPE, json(put(indicator), "{}"))).andExpect(status().isForbidden());
        mvc.perform(as(
                        Role.STYRINGSGRUPPE,
                        json(put("/api/v1/plans/" + in.get("plan") + "/versions/1/sections"), "{}")))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.LESER, post("/plans/" + in.get("plan") + "/measures/" + in.get("measure") + "/delete")))
                .andExpect(status().isForbidden());
        String version = "/api/v1/plans/" + in.get("plan") + "/versions/1";
        for (String step : new String[] {"/submit", "/return", "/approve"}) {
            mvc.perform(as(Role.LESER, json(post(version + step), "{}"))).andExpect(status().isForbidden());
            mvc.perform(as(Role.LESER, post("/plans/" + in.get("plan") + "/versions/1" + step)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(as(Role.GEVINSTKOORDINATOR, post(version + "/return")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aBodyThatIsNoJsonIsRefusedWith403ForAUserWhoMayNotAndIs400ForOneWhoMay() throws Exception {
        MatrixWorld.Ids in = world.inside();
        String trajectory = "/api/v1/indicators/" + in.get("indicator") + "/trajectory";
        String measurements = "/api/v1/indicators/" + in.get("indicator") + "/measurements";

        mvc.perform(as(Role.LESER, json(put(trajectory).header("If-Match", "\"0\""), "[{\"date\":")))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.LESER, json(post(measurements), "not json"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.GEVINSTKOORDINATOR, json(put(trajectory).header("If-Match", "\"0\""), "[{\"date\":")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(Role.MAALEANSVARLIG, json(post(measurements), "not json")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(Role.MAALEANSVARLIG, json(post(measurements), "[{\"value\":[1]}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].value"));
    }

    @Test
    void aPlanOutsideTheScopeIsNotFoundWhateverItsQueryLacks() throws Exception {
        MatrixWorld.Ids out = world.outside();
        for (String path : new String[] {
            "/api/v1/plans/" + out.get("plan") + "/comparison",
            "/plans/" + out.get("plan") + "/compare",
            "/api/v1/plans/" + out.get("plan") + "/annual-status.pdf",
            "/plans/" + out.get("plan") + "/annual-status.pdf"
        }) {
            mvc.perform(as(Role.GEVINSTKOORDINATOR, get(path))).andExpect(status().isNotFound());
        }
        mvc.perform(as(
                        Role.GEVINSTKOORDINATOR,
                        get("/api/v1/plans/" + world.inside().get("plan") + "/comparison")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aCorrectionFormIsJudgedOnlyForWhoMayRecordAndLeadsBackToTheMeasurementsOwnIndicator() throws Exception {
        MatrixWorld.Ids in = world.inside();
        String correction = "/measurements/" + in.get("measurement") + "/correction";

        mvc.perform(as(Role.LESER, post(correction))).andExpect(status().isForbidden());
        mvc.perform(as(
                        Role.GEVINSTKOORDINATOR,
                        post("/measurements/" + world.outside().get("measurement") + "/correction")))
                .andExpect(status().isNotFound());
        // Without a reason nothing is corrected; the refusal is shown on the indicator the measurement belongs to.
        mvc.perform(as(Role.GEVINSTKOORDINATOR, post(correction).param("value", "11")))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("/indicators/" + in.get("indicator") + "/measurements")));
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(world.session(world.user(role))).with(csrf());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
