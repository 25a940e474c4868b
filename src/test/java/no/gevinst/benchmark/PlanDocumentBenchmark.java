package no.gevinst.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import no.gevinst.TestUsers;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.report.Documents;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The realisation plan of the demo Helseplattformen programme as PDF: every section, the network drawing and the
 * indicators' charts. Prints the first document after the application's start-up warm-up (what the first reader
 * meets) and the median of later ones; run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=PlanDocumentBenchmark}. Target: under 5 s.
 */
@SpringBootTest(properties = "gevinst.warm-up=true")
@ActiveProfiles("test")
class PlanDocumentBenchmark {

    private static final int RUNS = 5;

    @Autowired
    Plans plans;

    @Autowired
    Documents documents;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Test
    void helseplattformensPlanAsPdf() throws InterruptedException {
        // The application warms the drawing and PDF code up in the background when it starts; wait for it as a
        // reader arriving a little after start-up would.
        long waitStarted = System.nanoTime();
        Awaitility.await("the drawing warm-up")
                .forever()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals("drawing-warm-up")));
        double warmUp = (System.nanoTime() - waitStarted) / 1e9;
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
        Plan plan = users.callAs("kari", () -> {
            Programme hp = programmes.visible().stream()
                    .filter(p -> p.code().equals("HP"))
                    .findFirst()
                    .orElseThrow();
            return plans.ofProgramme(hp.id()).stream()
                    .filter(Plan::isProgrammePlan)
                    .findFirst()
                    .orElseGet(() -> plans.create(hp.id(), new Plans.PlanInput("", "Gevinstrealiseringsplan HP")));
        });
        double[] first = time(plan);
        double[][] later = new double[RUNS][];
        for (int i = 0; i < RUNS; i++) {
            later[i] = time(plan);
        }
        Arrays.sort(later, java.util.Comparator.comparingDouble(r -> r[0]));
        double[] median = later[RUNS / 2];
        System.out.printf(
                "%nPlan document benchmark: Helseplattformen, %d cores%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-28s | %10s | %10s |%n", "", "first (s)", "median (s)");
        System.out.printf("|%s|%s|%s|%n", "-".repeat(30), "-".repeat(12), "-".repeat(12));
        System.out.printf("| %-28s | %10.2f | %10.2f |%n", "plan PDF", first[0], median[0]);
        System.out.printf("| %-28s | %,10d | %,10d |%n", "size (bytes)", (long) first[1], (long) median[1]);
        System.out.printf("| %-28s | %10.2f | %10s |%n", "waited for start-up warm-up", warmUp, "");
        System.out.println();
        LocaleContextHolder.resetLocaleContext();
    }

    private double[] time(Plan plan) {
        long start = System.nanoTime();
        byte[] pdf = users.callAs("kari", () -> documents.plan(plan.id(), 1));
        return new double[] {(System.nanoTime() - start) / 1e9, pdf.length};
    }
}
