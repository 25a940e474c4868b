package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestParties;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Measurements are recorded only for the programme's owner and parties, and only by users with måleansvarlig (or
 * owner or coordinator) rights in the organisation measured. A refused recording writes nothing.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class MeasurementsOnlyForPartiesByTheirMeasurersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestParties world;

    @Test
    void aMeasurementForAnOrganisationThatIsNoPartyIsRefusedNamingTheRowsOrganisation() throws Exception {
        Indicator indicator = world.indicator(world.benefit("Måles utenfor"));
        long before = world.rowsWritten();

        record(indicator, world.in(Role.GEVINSTKOORDINATOR), world.outsider())
                .andExpect(status().isBadRequest())
                // Rows are numbered from 1, in the JSON API as in files (MeasurementIngestIT).
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("rows[1].organisation")));

        assertThat(world.rowsWritten()).isEqualTo(before);
    }

    @Test
    void aMaaleansvarligOfOneOrganisationCannotRecordForAnotherPartyButForItsOwn() throws Exception {
        Indicator indicator = world.indicator(world.benefit("Måles hos parten"));
        String measurerOfOwner = world.in(Role.MAALEANSVARLIG);
        long before = world.rowsWritten();

        // The whole batch is refused, naming the row the user may not record.
        record(indicator, measurerOfOwner, world.party())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[1].indicator"))
                .andExpect(jsonPath("$.errors[0].code").value("measurement.forbidden"));

        assertThat(world.rowsWritten()).isEqualTo(before);
        // The party's own måleansvarlig may, and so may the owner's for the owner: the refusal is about whose.
        record(indicator, world.partyMeasurer(), world.party()).andExpect(status().isOk());
        record(indicator, measurerOfOwner, world.owner()).andExpect(status().isOk());
    }

    @Test
    void aLeserRecordsForNoOrganisation() throws Exception {
        Indicator indicator = world.indicator(world.benefit("Leses bare"));
        long before = world.rowsWritten();

        record(indicator, world.in(Role.LESER), world.owner()).andExpect(status().isForbidden());

        assertThat(world.rowsWritten()).isEqualTo(before);
    }

    private ResultActions record(Indicator indicator, String username, Organisation organisation) throws Exception {
        return mvc.perform(post("/api/v1/indicators/" + indicator.id() + "/measurements")
                .with(httpBasic(username, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        [{"value":"12","periodStart":"2025-03-01","periodEnd":"2025-03-31","organisation":"%s"}]
                        """.formatted(organisation.id())));
    }
}
