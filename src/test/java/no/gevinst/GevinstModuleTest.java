package no.gevinst;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One module of the application and the modules it depends on directly, instead of the whole application
 * ({@link GevinstIntegrationTest}), against the test JVM's embedded PostgreSQL with every migration applied. The
 * module is the test class's package. What the module takes from modules it does not boot, the test declares itself
 * in a {@code @TestConfiguration} (the audit module's tests: who may read the log).
 *
 * <p>Use it for the lower modules whose tests need little of the rest (audit, organisation, access). Each such
 * context is started in addition to the whole application's, which every other IT shares: it makes the module's own
 * run quicker (a few seconds to start instead of the whole application's half minute) but the full suite a little
 * slower (one more start), so not every module's tests should move to it (measured for issue 21, see AuditLogIT).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleTestConfiguration.class)
// The registry's outstanding publications are for the whole application's listeners, which a module context lacks.
@TestPropertySource(properties = "spring.modulith.events.republish-outstanding-events-on-restart=false")
public @interface GevinstModuleTest {}
