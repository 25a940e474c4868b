package no.gevinst.config.web;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Every number the API writes is plain: a BigDecimal as {@code 64000000}, never {@code 6.4E+7}, and a double (the
 * simulation's percentiles, shares) in decimal notation as well, never {@code 6.4E7}. Clients that parse numbers as
 * decimals, and people who read the JSON, get the figure as written. The OpenAPI description states the rule.
 */
@Configuration(proxyBeanMethods = false)
class PlainJsonNumbers {

    @Bean
    JsonMapperBuilderCustomizer plainNumbers() {
        SimpleModule plain = new SimpleModule("gevinst-plain-numbers")
                .addSerializer(Double.class, new PlainDouble<>(Double.class))
                .addSerializer(double.class, new PlainDouble<>(Double.class))
                .addSerializer(Float.class, new PlainDouble<>(Float.class))
                .addSerializer(float.class, new PlainDouble<>(Float.class));
        return builder ->
                builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).addModule(plain);
    }

    /** A finite floating-point number in decimal notation, its shortest exact digits; NaN and infinities as before. */
    static final class PlainDouble<T extends Number> extends StdSerializer<T> {

        PlainDouble(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            double number = value.doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                generator.writeNumber(number);
            } else {
                generator.writeNumber(plain(value));
            }
        }

        static String plain(Number value) {
            String shortest = value instanceof Float f ? Float.toString(f) : Double.toString(value.doubleValue());
            return shortest.contains("E")
                    ? new BigDecimal(shortest).stripTrailingZeros().toPlainString()
                    : shortest;
        }
    }
}
