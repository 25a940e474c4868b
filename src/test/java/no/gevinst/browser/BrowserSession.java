package no.gevinst.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Drives Debian's Chromium through Playwright for Java. Without Chromium the browser tests are skipped
 * with a loud message, unless {@code GEVINST_REQUIRE_BROWSER=1} (as in CI), when they fail instead.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GEVINST_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;
    final Page page;
    /** What Chromium refused under the Content-Security-Policy, as it says in the console. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Every page the journey visits, checked as it loaded (see {@link VisitedPages}). */
    private final VisitedPages visited;

    private BrowserSession(String origin) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("nb-NO")
                .setViewportSize(VisitedPages.WIDTHS.getLast(), VisitedPages.HEIGHT));
        page = context.newPage();
        visited = new VisitedPages(page, context, WCAG_21_AA, origin);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    /**
     * A page of its own, signed in as nobody, with JavaScript switched off: what a browser without scripts (or one
     * whose scripts failed to load) gets. Its pages are not checked by {@link VisitedPages}.
     */
    Page pageWithoutScripts(int width) {
        return browser.newContext(new Browser.NewContextOptions()
                        .setLocale("nb-NO")
                        .setJavaScriptEnabled(false)
                        .setViewportSize(width, VisitedPages.HEIGHT))
                .newPage();
    }

    /** A browser for journeys on the server at {@code origin} ({@code http://localhost:port}). */
    static BrowserSession open(String origin) {
        requireChromium();
        return new BrowserSession(origin);
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "Chromium not found at " + CHROMIUM
                + ": browser tests cannot run. Install it with: apt-get install -y chromium";
        if ("1".equals(System.getenv("GEVINST_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message + " (GEVINST_REQUIRE_BROWSER=1 makes this a failure)");
        }
        System.err.println("\n!!!!!!!!!! SKIPPING BROWSER TESTS !!!!!!!!!!\n" + message + "\n");
        Assumptions.abort(message);
    }

    /**
     * Runs axe-core on the page and fails on any WCAG 2.1 A/AA violation. It waits for the page to have loaded
     * first: a step that waited only for one element may leave the rest of a long page still being parsed, and axe
     * would then judge a half-built document (an empty section without its heading, say).
     */
    void assertAccessible() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertNothingRefusedByThePolicy();
        // The page as it is now, unless this very document was checked (axe included) when it loaded.
        if (visited.checkAsItIsNow()) {
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            assertThat(results.getViolations())
                    .as("axe-core violations on %s:%n%s", page.url(), describe(results.getViolations()))
                    .isEmpty();
        }
        assertEveryVisitedPageFits();
    }

    /**
     * Fails when a page visited so far was wider than the screen at 375, 768 or 1 366 px, showed an unresolved
     * message key or had an axe violation when it loaded.
     */
    void assertEveryVisitedPageFits() {
        assertThat(visited.faults()).as("faults of the pages visited").isEmpty();
    }

    /** Fails when the page (or one before it) did something the Content-Security-Policy refused. */
    void assertNothingRefusedByThePolicy() {
        assertThat(policyViolations)
                .as("Content-Security-Policy violations up to %s", page.url())
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** Closes the browser, then fails if a page the journey visited since its last check had a fault. */
    @Override
    public void close() {
        System.out.println(visited.cost());
        try {
            browser.close();
            playwright.close();
        } finally {
            assertEveryVisitedPageFits();
        }
    }
}
