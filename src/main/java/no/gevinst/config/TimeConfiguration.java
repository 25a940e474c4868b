package no.gevinst.config;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import no.gevinst.shared.NorwegianTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock in the one configured zone ({@code gevinst.time-zone}): it decides "today" and how stored instants are
 * shown. Not the JVM's default zone, which is UTC on most servers and would make a Norwegian evening tomorrow.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${gevinst.time-zone:" + NorwegianTime.DEFAULT_ZONE + "}") String zone) {
        ZoneId id;
        try {
            id = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("gevinst.time-zone: " + zone + " is no time zone (e.g. Europe/Oslo)", e);
        }
        Clock clock = Clock.system(id);
        NorwegianTime.use(clock);
        return clock;
    }
}
