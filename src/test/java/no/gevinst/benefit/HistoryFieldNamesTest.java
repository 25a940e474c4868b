package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.FrameworkItemId;
import no.gevinst.shared.ObjectiveId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benefit's history names the fields a change touched by the properties of the benefit's JSON, which the audit log
 * keeps (a creation touches them all). Every such name has words in bokmål and English, so that the history never
 * shows {@code ??benefit.field.disbenefit_nb_NO??}.
 */
class HistoryFieldNamesTest {

    @Test
    void everyFieldTheHistoryCanNameHasWordsInBokmalAndEnglish() throws IOException {
        List<String> fields = new ArrayList<>();
        JsonMapper.builder()
                .build()
                .readTree(JsonMapper.builder().build().writeValueAsString(everyFieldSet()))
                .propertyNames()
                .forEach(fields::add);
        assertThat(fields).contains("title", "disbenefit", "allocations");

        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties words = bundle(bundle);
            assertThat(fields)
                    .as(bundle)
                    .allSatisfy(f -> assertThat(words.getProperty("benefit.field." + f))
                            .as("benefit.field." + f + " in " + bundle)
                            .isNotBlank());
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = HistoryFieldNamesTest.class.getResourceAsStream("/" + name)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static Benefit everyFieldSet() {
        OrganisationId organisation = OrganisationId.newId();
        return Benefit.builder()
                .id(BenefitId.newId())
                .programme(ProgrammeId.newId())
                .code("HP-001")
                .title("Redusert tid")
                .description("Beskrivelse")
                .observableOutcome("Resultat")
                .attribution("Attribusjon")
                .kind(BenefitKind.DISBENEFIT)
                .area(FrameworkItemId.newId())
                .priorityAreas(List.of(FrameworkItemId.newId()))
                .benefitClass(BenefitClass.CAPACITY)
                .objectives(List.of(ObjectiveId.newId()))
                .investors(List.of(organisation))
                .owner(PersonId.newId())
                .responsible(PersonId.newId())
                .units("Avd A")
                .expectedStart(LocalDate.of(2025, 1, 1))
                .fullEffect(LocalDate.of(2027, 1, 1))
                .priority(Priority.HIGH)
                .priorityRationale("Begrunnelse")
                .prerequisites(List.of("Forutsetning"))
                .evidenceLinks(List.of("https://example.no"))
                .abandonReason("")
                .updatedAt(Instant.now())
                .version(0)
                .build();
    }
}
