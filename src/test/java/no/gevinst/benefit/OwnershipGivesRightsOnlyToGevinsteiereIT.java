package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.benefit.domain.BenefitInputs;
import no.gevinst.organisation.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks of issue 13 on a benefit's owner: being named owner gives edit rights only to a gevinsteier of the
 * benefit's organisations, only coordinators name owners, and only gevinsteiere of the programme's parties can be
 * named. Every refusal leaves the rows and the audit log as they were.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class OwnershipGivesRightsOnlyToGevinsteiereIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Autowired
    JsonMapper json;

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"LESER", "MAALEANSVARLIG", "STYRINGSGRUPPE"})
    void aNamedOwnerWithoutTheGevinsteierRoleCannotEditAddIndicatorsOrAbandon(Role role) throws Exception {
        String named = world.in(role);
        Benefit benefit = world.benefitNaming(named, "Navngitt " + role);
        long before = world.rowsWritten();

        BenefitInput edited = retitled(benefit, "Overtatt av " + role);
        mvc.perform(put("/api/v1/benefits/" + benefit.id())
                        .with(api(named))
                        .header("If-Match", "\"" + benefit.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edited)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/benefits/" + benefit.id() + "/indicators")
                        .with(api(named))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Snikindikator","unit":"minutter","direction":"LOWER_IS_BETTER",
                                 "kind":"QUANTITATIVE","frequency":"MONTH","scope":"PROGRAMME"}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/benefits/" + benefit.id() + "/status")
                        .with(api(named))
                        .header("If-Match", "\"" + benefit.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ABANDONED\",\"reason\":\"Vil ikke mer\"}"))
                .andExpect(status().isForbidden());

        assertThat(world.rowsWritten()).isEqualTo(before);
        Benefit after = world.stored(benefit);
        assertThat(after.title()).isEqualTo(benefit.title());
        assertThat(after.status()).isEqualTo(benefit.status());
        assertThat(after.version()).isEqualTo(benefit.version());
    }

    @Test
    void theRealOwnerEditsTheProfileButCannotHandTheBenefitToSomeoneElse() throws Exception {
        String owner = world.in(Role.GEVINSTEIER);
        Benefit benefit = world.benefit("Eierskifte");

        // The owner's right to edit is real: the same request without a new owner is accepted.
        mvc.perform(put("/api/v1/benefits/" + benefit.id())
                        .with(api(owner))
                        .header("If-Match", "\"" + benefit.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(retitled(benefit, "Eierskifte, presisert"))))
                .andExpect(status().isOk());
        Benefit edited = world.stored(benefit);
        long before = world.rowsWritten();

        for (Person other :
                List.of(world.person(world.in(Role.LESER)), world.person(world.in(Role.GEVINSTKOORDINATOR)))) {
            mvc.perform(put("/api/v1/benefits/" + benefit.id())
                            .with(api(owner))
                            .header("If-Match", "\"" + edited.version() + "\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(ownedBy(edited, other))))
                    .andExpect(status().isForbidden());
        }

        assertThat(world.rowsWritten()).isEqualTo(before);
        assertThat(world.stored(benefit).owner()).isEqualTo(world.person(owner).id());
    }

    @Test
    void aCoordinatorCannotNameALeserAPersonWithoutUserOrAGevinsteierOutsideTheProgramme() throws Exception {
        String coordinator = world.in(Role.GEVINSTKOORDINATOR);
        Benefit benefit = world.benefit("Ny eier søkes");
        long before = world.rowsWritten();

        for (Person ineligible : List.of(
                world.person(world.in(Role.LESER)), world.personWithoutUser(), world.person(world.outsideOwner()))) {
            mvc.perform(put("/api/v1/benefits/" + benefit.id())
                            .with(api(coordinator))
                            .header("If-Match", "\"" + benefit.version() + "\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(ownedBy(benefit, ineligible))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("ownerId")));
            mvc.perform(post("/api/v1/benefits")
                            .with(api(coordinator))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(ownedBy(benefit, ineligible))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("ownerId")));
        }

        assertThat(world.rowsWritten()).isEqualTo(before);
        assertThat(world.stored(benefit).owner()).isEqualTo(benefit.owner());
    }

    private static BenefitInput retitled(Benefit b, String title) {
        BenefitInput in = BenefitInputs.of(b);
        return with(in, title, in.ownerId());
    }

    private static BenefitInput ownedBy(Benefit b, Person owner) {
        BenefitInput in = BenefitInputs.of(b);
        return with(in, in.title(), owner.id().toString());
    }

    private static BenefitInput with(BenefitInput in, String title, String ownerId) {
        return TestBenefitInputs.from(in).title(title).ownerId(ownerId).build();
    }

    private static RequestPostProcessor api(String username) {
        return request -> {
            csrf().postProcessRequest(request);
            return httpBasic(username, TestUsers.PASSWORD).postProcessRequest(request);
        };
    }
}
