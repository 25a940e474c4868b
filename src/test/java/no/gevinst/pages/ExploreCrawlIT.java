package no.gevinst.pages;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.*;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@GevinstIntegrationTest
@AutoConfigureMockMvc
class ExploreCrawlIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    @org.springframework.transaction.annotation.Transactional
    void crawl() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String user : List.of("nina", "sigrid", "mia", "ole", "lars", "kari", "dina", "jonas")) {
            crawl(user, out);
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/pages-crawl.txt"), out);
    }

    private void crawl(String user, StringBuilder out) throws Exception {
        out.append("===== ").append(user).append('\n');
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> perPattern = new HashMap<>();
        Map<String, Integer> statusOf = new HashMap<>();
        Set<String> reported = new HashSet<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < 400) {
            String url = queue.poll();
            var res =
                    mvc.perform(get(url).with(users.session(user))).andReturn().getResponse();
            statusOf.put(url, res.getStatus());
            visited++;
            if (res.getStatus() != 200
                    || res.getContentType() == null
                    || !res.getContentType().startsWith("text/html")) {
                if (res.getStatus() >= 400)
                    out.append("  STATUS ")
                            .append(res.getStatus())
                            .append(' ')
                            .append(url)
                            .append('\n');
                continue;
            }
            Document doc = Jsoup.parse(
                    res.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "http://localhost" + url);
            for (Element form : doc.select("form")) {
                String method = form.attr("method").toLowerCase();
                String action = form.attr("action");
                if (method.equals("post") && !action.contains("/logout")) {
                    String key = pattern(action) + " on " + pattern(url);
                    if (reported.add("F" + key)) {
                        out.append("  POST ").append(key);
                        if (!"multipart/form-data".equals(form.attr("enctype"))) {
                            var req = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(action)
                                    .with(users.session(user))
                                    .with(org.springframework.security.test.web.servlet.request
                                            .SecurityMockMvcRequestPostProcessors.csrf());
                            for (var kv : ((org.jsoup.nodes.FormElement) form).formData())
                                req.param(kv.key(), kv.value());
                            int st = mvc.perform(req).andReturn().getResponse().getStatus();
                            out.append(" -> ").append(st);
                        }
                        out.append('\n');
                    }
                }
            }
            for (Element el : doc.select("[hx-post],[hx-put],[hx-delete]")) {
                if (reported.add("H" + el.outerHtml()))
                    out.append("  HX ")
                            .append(
                                    el.outerHtml(),
                                    0,
                                    Math.min(200, el.outerHtml().length()))
                            .append(" on ")
                            .append(pattern(url))
                            .append('\n');
            }
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (!href.startsWith("/")
                        || href.startsWith("//")
                        || href.startsWith("/api")
                        || href.contains("logout")
                        || href.matches(".*\\.(pdf|xlsx|csv|svg|json|js|css|png)(\\?.*)?$")
                        || href.contains("lang=")) continue;
                href = href.replaceAll("#.*", "");
                if (href.isEmpty()) continue;
                String p = pattern(href);
                if (seen.add(href) && perPattern.merge(p, 1, Integer::sum) <= 4) {
                    queue.add(href);
                    links.put(href, pattern(url) + " [" + a.text() + "]");
                }
            }
        }
        out.append("  visited ")
                .append(visited)
                .append(" left ")
                .append(queue.size())
                .append('\n');
        for (var e : statusOf.entrySet()) {
            if (e.getValue() == 403)
                out.append("  LINK-TO-403 ")
                        .append(e.getKey())
                        .append(" from ")
                        .append(links.get(e.getKey()))
                        .append('\n');
        }
    }

    private final Map<String, String> links = new HashMap<>();

    private static String pattern(String url) {
        return url.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("=[^&]*", "=");
    }
}
