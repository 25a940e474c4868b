package no.gevinst;

import java.util.Optional;
import no.gevinst.backup.InstallationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GevinstApplication {

    public static void main(String[] args) {
        Optional<InstallationCommand> command = InstallationCommand.from(args);
        if (command.isPresent()) {
            System.exit(command.get().run(GevinstApplication.class, System.out));
        }
        SpringApplication.run(GevinstApplication.class, args);
    }
}
