package no.gevinst.access.domain;

import java.security.SecureRandom;
import java.util.Base64;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in on a new installation: creates the administrator on first start, with the
 * password from {@code GEVINST_ADMIN_PASSWORD} or a random one that is printed once and never stored in clear.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccounts accounts;
    private final String username;
    private final String configuredPassword;

    AdministratorBootstrap(
            UserAccounts accounts,
            @Value("${gevinst.admin.username:admin}") String username,
            @Value("${gevinst.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(username)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create(username, "Administrator", password, new RoleAssignment(Role.ADMINISTRATOR, null));
        if (generated) {
            log.warn("""

                    ************************************************************
                      Gevinst administrator created. Log in with
                        user:     {}
                        password: {}
                      This password is shown only this once.
                    ************************************************************""", username, password);
        } else {
            log.info("Gevinst administrator '{}' created with the password from GEVINST_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
