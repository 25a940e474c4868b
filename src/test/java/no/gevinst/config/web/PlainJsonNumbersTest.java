package no.gevinst.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PlainJsonNumbersTest {

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        var builder = JsonMapper.builder();
        new PlainJsonNumbers().plainNumbers().customize(builder);
        return builder.build();
    }

    @Test
    void doublesAndDecimalsAreWrittenWithoutExponent() {
        assertThat(json.writeValueAsString(List.of(6.4E7, 1.0E-4, 74536022.40381871, 2.5, -1.5E21)))
                .isEqualTo("[64000000,0.0001,74536022.40381871,2.5,-1500000000000000000000]");
        assertThat(json.writeValueAsString(Map.of("p50", 6.4E7f))).isEqualTo("{\"p50\":64000000}");
        assertThat(json.writeValueAsString(new BigDecimal("6.4E+7"))).isEqualTo("64000000");
        assertThat(json.writeValueAsString(new BigDecimal("1250000.50"))).isEqualTo("1250000.50");
    }

    record Percentiles(double p10, Double p50) {}

    @Test
    void primitiveAndBoxedRecordComponentsAlike() {
        assertThat(json.writeValueAsString(new Percentiles(1.0E7, 2.0E7)))
                .isEqualTo("{\"p10\":10000000,\"p50\":20000000}");
    }
}
