package no.gevinst;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GevinstApplication {

    public static void main(String[] args) {
        SpringApplication.run(GevinstApplication.class, args);
    }
}
