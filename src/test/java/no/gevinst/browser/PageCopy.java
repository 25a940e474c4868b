package no.gevinst.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A page of its own in the journey's browser, into which a copy of a journey's document is written to be measured and
 * checked without touching the journey's page. It has Gevinst's origin (so style sheets and fonts load as on the
 * journey's page, under the same Content-Security-Policy), keeps the static files it has fetched once, and keeps
 * axe-core loaded between documents: the checks of a page cost tens of milliseconds, not seconds.
 */
final class PageCopy {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");
    private static final Pattern HEAD = Pattern.compile("(?i)<head>");
    private static final String AXE_SOURCE = axeSource();
    private static final String AXE_LOADED = "() => typeof window.axe === 'object'";
    /** Only violations are asked for: axe then spares itself the details of everything that passes. */
    private static final String AXE_RUN = """
            tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
              .then(results => results.violations.map(v => '- ' + v.id + ': ' + v.help + ' at '
                + v.nodes.map(n => JSON.stringify(n.target)).join(', ')))""";

    private final Page page;
    private final String origin;
    private final Map<String, Fetched> staticFiles = new HashMap<>();

    PageCopy(BrowserContext context, String origin) {
        this.origin = origin;
        page = context.newPage();
        page.route(origin + "/**", this::fromMemory);
        page.navigate(origin + "/css/gevinst.css");
    }

    /** Writes the document into the copy: without its scripts (they ran on the journey's page), links as there. */
    Page show(String html, int width, int height) {
        page.setViewportSize(width, height);
        String withoutScripts = SCRIPT.matcher(html).replaceAll("");
        page.setContent(
                "<!DOCTYPE html>" + HEAD.matcher(withoutScripts).replaceFirst("<head><base href=\"" + origin + "/\">"));
        return page;
    }

    /** Axe-core's WCAG violations on the document shown, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    List<String> axeViolations(List<String> tags) {
        if (!Boolean.TRUE.equals(page.evaluate(AXE_LOADED))) {
            page.evaluate("() => {" + AXE_SOURCE + "}");
        }
        return (List<String>) page.evaluate(AXE_RUN, tags);
    }

    /** The static files (style sheets, fonts, images) once from the server, then from memory. */
    private void fromMemory(Route route) {
        String url = route.request().url();
        Fetched kept = staticFiles.get(url);
        if (kept == null) {
            APIResponse response = route.fetch();
            kept = new Fetched(response.status(), response.headers(), response.body());
            if (response.status() == 200) {
                staticFiles.put(url, kept);
            }
        }
        route.fulfill(new Route.FulfillOptions()
                .setStatus(kept.status())
                .setHeaders(kept.headers())
                .setBodyBytes(kept.body()));
    }

    private record Fetched(int status, Map<String, String> headers, byte[] body) {}

    /** The axe-core that the axe-core Playwright integration carries, the same version the journeys check with. */
    private static String axeSource() {
        try (InputStream in = com.deque.html.axecore.playwright.AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
