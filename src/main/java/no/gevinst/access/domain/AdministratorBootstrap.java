package no.gevinst.access.domain;

import java.security.SecureRandom;
import java.util.Base64;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.shared.AcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure someone can log in on a new installation: creates the administrator on first start, with the
 * password from {@code GEVINST_ADMIN_PASSWORD} or a random one that is printed once and never stored in clear.
 * Nodes starting together against one empty database create it once: the check and the insert share a
 * transaction, under a lock the other nodes wait for ({@link AcrossNodes}); the one that waited finds it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccounts accounts;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final String username;
    private final String configuredPassword;

    AdministratorBootstrap(
            UserAccounts accounts,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            @Value("${gevinst.admin.username:admin}") String username,
            @Value("${gevinst.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        Boolean created = transactions.execute(status -> {
            AcrossNodes.holdUntilCommit(jdbc, "administrator");
            if (accounts.exists(username)) {
                return false;
            }
            accounts.create(username, "Administrator", password, new RoleAssignment(Role.ADMINISTRATOR, null));
            return true;
        });
        if (!Boolean.TRUE.equals(created)) {
            return;
        }
        // Only once committed: a password printed for an account that was rolled back would mislead.
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
