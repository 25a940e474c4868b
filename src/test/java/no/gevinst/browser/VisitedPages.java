package no.gevinst.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every page a journey visits, as it loaded: it is no wider than the screen at 375, 768 and 1 366 px (a phone,
 * a tablet, a laptop), no text shows an unresolved message key ({@code ??}), and axe finds no WCAG 2.1 AA violation.
 *
 * <p>Why a copy: the journey's page is read once when it has loaded, and its document is checked in a page of its
 * own in the same browser ({@link PageCopy}). Resizing the journey's own page would race with whatever the journey does next (a click
 * under way when the load is reported would land on a phone-sized page whose menu is folded away).
 */
final class VisitedPages {

    static final List<Integer> WIDTHS = List.of(375, 768, 1366);
    static final int HEIGHT = 768;

    /** Swagger UI is a library's page (with its own style sheet), not one of ours. */
    private static final Pattern NOT_OURS = Pattern.compile(".*/(api-docs|swagger-ui)(/.*|\\?.*)?");

    /** The document, and which popovers are open: an open menu is a state of its own, though its markup is not. */
    private static final String DOCUMENT = "() => document.contentType === 'text/html'"
            + " ? document.documentElement.outerHTML + '<!-- open: '"
            + " + [...document.querySelectorAll(':popover-open')].map(e => e.id).join(' ') + ' -->' : null";

    private static final String WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]";
    /** What sticks out, to name in the failure: the outermost elements past the right edge, not clipped. */
    private static final String WIDEST = """
            () => {
              const edge = window.innerWidth;
              const clipped = e => {
                for (let a = e.parentElement; a; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
              };
              return [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > edge + 1 && !clipped(e))
                .filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > edge + 1
                               && !clipped(e.parentElement)))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '')
                          + ' "' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '"')
                .join(', ');
            }""";

    private static final String UNRESOLVED =
            "() => document.body.innerText.split('\\n').filter(line => line.includes('??')).slice(0, 3)";

    private final Page journey;
    private final BrowserContext context;
    private final List<String> wcag;
    private final String origin;
    private final Set<String> checked = new HashSet<>();
    private final List<String> faults = new ArrayList<>();
    private PageCopy copy;
    private boolean checking;
    /** What the checks cost the journey, printed at its end: they must stay cheap (README: the suite's time). */
    private long checkNanos;

    private int pagesChecked;

    VisitedPages(Page journey, BrowserContext context, List<String> wcag, String origin) {
        this.journey = journey;
        this.context = context;
        this.wcag = wcag;
        this.origin = origin;
        journey.onLoad(loaded -> checkAsLoaded());
    }

    /**
     * Called by the browser's load event: the whole check, axe included, on a copy. What goes wrong is kept as a fault
     * rather than thrown, since it would surface in whatever call of the journey was under way.
     */
    private void checkAsLoaded() {
        if (checking) {
            return;
        }
        checking = true;
        String url = journey.url();
        try {
            String html = document(url);
            if (html != null && checked.add(html)) {
                check(url, html, true);
            }
        } catch (RuntimeException e) {
            faults.add("%s could not be checked: %s".formatted(url, e));
        } finally {
            checking = false;
        }
    }

    /**
     * Checks the journey's page as it is now (after an htmx swap, say), unless this very document was checked when it
     * loaded. Axe runs on the journey's page itself, by the caller, only when this answers true.
     */
    boolean checkAsItIsNow() {
        String url = journey.url();
        String html = document(url);
        if (html == null || !checked.add(html)) {
            return false;
        }
        check(url, html, false);
        return true;
    }

    /** Everything found wrong on the pages visited so far, each fault once. */
    List<String> faults() {
        return List.copyOf(faults);
    }

    private String document(String url) {
        if (!url.startsWith(origin) || NOT_OURS.matcher(url).matches()) {
            return null;
        }
        try {
            Object html = journey.evaluate(DOCUMENT);
            return html instanceof String s ? s : null;
        } catch (PlaywrightException leftAlready) {
            // The journey went on before its page could be read; the page it went to is checked in its turn.
            return null;
        }
    }

    private void check(String url, String html, boolean withAxe) {
        long start = System.nanoTime();
        try {
            checkCopy(url, html, withAxe);
        } finally {
            checkNanos += System.nanoTime() - start;
            pagesChecked++;
        }
    }

    /** One line for the test's output: how many pages were checked and how long it took. */
    String cost() {
        return "VisitedPages: %d pages checked at %s px in %d ms"
                .formatted(pagesChecked, WIDTHS, checkNanos / 1_000_000);
    }

    private void checkCopy(String url, String html, boolean withAxe) {
        if (copy == null) {
            copy = new PageCopy(context, origin);
        }
        Page page = copy.show(html, WIDTHS.getLast(), HEIGHT);
        for (int width : WIDTHS) {
            page.setViewportSize(width, HEIGHT);
            List<?> measured = (List<?>) page.evaluate(WIDTH);
            int scrollWidth = ((Number) measured.get(0)).intValue();
            if (scrollWidth > ((Number) measured.get(1)).intValue()) {
                faults.add("%s is %d px wide at %d px: %s".formatted(url, scrollWidth, width, page.evaluate(WIDEST)));
            }
        }
        page.setViewportSize(WIDTHS.getLast(), HEIGHT);
        List<?> unresolved = (List<?>) page.evaluate(UNRESOLVED);
        if (!unresolved.isEmpty()) {
            faults.add("%s shows unresolved text: %s".formatted(url, unresolved));
        }
        if (withAxe) {
            List<String> violations = copy.axeViolations(wcag);
            if (!violations.isEmpty()) {
                faults.add("axe-core violations on %s:%n%s".formatted(url, String.join("\n", violations)));
            }
        }
    }
}
