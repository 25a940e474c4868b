package no.gevinst.demo;

import java.util.List;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.access.RoleAssignment;
import no.gevinst.organisation.Organisations;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.AcrossNodes;
import no.gevinst.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo dataset on the first start into an empty database, unless {@code gevinst.demo=false}. It goes
 * through the same services as users do, as the actor "demo", in one transaction: all of it or nothing. Nodes
 * starting together against one empty database load it once: the check and the load share that transaction,
 * under a lock the other nodes wait for ({@link AcrossNodes}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnProperty(name = "gevinst.demo", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final CurrentUser DEMO = new CurrentUser(
            new UserId(new java.util.UUID(0, 1)),
            "demo",
            "Demodata",
            "",
            true,
            List.of(new RoleAssignment(Role.ADMINISTRATOR, null)));

    private final Organisations organisations;
    private final Programmes programmes;
    private final DemoDataset dataset;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DemoDataLoader(
            Organisations organisations,
            Programmes programmes,
            DemoDataset dataset,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.dataset = dataset;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(DEMO, null, DEMO.getAuthorities()));
        try {
            long started = System.nanoTime();
            Boolean loaded = transactions.execute(status -> loadIntoEmpty());
            if (Boolean.TRUE.equals(loaded)) {
                log.info("Demo dataset loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Loads the dataset if the database is empty; a node that waited for the lock finds it loaded. */
    private boolean loadIntoEmpty() {
        AcrossNodes.holdUntilCommit(jdbc, "demo-dataset");
        if (!organisations.all().isEmpty() || !programmes.visible().isEmpty()) {
            return false;
        }
        dataset.load();
        return true;
    }
}
