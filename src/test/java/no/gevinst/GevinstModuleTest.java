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
 * context is started in addition to the whole application's, which every other IT shares, so it never makes the suite
 * quicker: measured for issue 21 on the busy 2-core machine, the audit module's context started in 12.7 s where the
 * whole application's took 30 s (both with the database already up and migrated); in the suite that 12.7 s is extra.
 * Keep it for a module's own quick run, not for many modules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleTestConfiguration.class)
// The registry's outstanding publications are for the whole application's listeners, which a module context lacks.
@TestPropertySource(properties = "spring.modulith.events.republish-outstanding-events-on-restart=false")
public @interface GevinstModuleTest {}
