package no.gevinst.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed-input corpus (src/test/resources/malformed/) sent to the running application, as an attacker
 * would: no answer may be 5xx, no refused request may leave a row behind in any table, and each refusal must say
 * what was wrong (the problem detail's errors or detail; on a page, the form's errors or an error page).
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
class MalformedInputIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    CorpusRecords corpusRecords;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyMalformedRequestIsRefusedClearlyWithoutServerErrorOrPartialWrite() throws Exception {
        Map<String, String> records = corpusRecords.create();
        List<MalformedCase> cases = MalformedCorpus.load();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int serverErrors = 0;
        int partialWrites = 0;
        for (MalformedCase c : cases) {
            Map<String, Long> before = rowCounts();
            MvcResult result;
            try {
                result = send(c, records);
            } catch (Exception e) {
                // MockMvc rethrows what no handler answered; the servlet container would have answered 500.
                serverErrors++;
                failures.add("500 " + c.name() + ": " + rootCause(e));
                continue;
            }
            int status = result.getResponse().getStatus();
            Map<String, Long> after = rowCounts();
            if (status >= 500) {
                serverErrors++;
                failures.add(status + " " + c.name());
            } else if (!before.equals(after)) {
                partialWrites++;
                failures.add("wrote " + changed(before, after) + " (" + status + ") " + c.name());
            } else if (!refusedClearly(c, result)) {
                failures.add("not refused clearly (" + status + ") " + c.name() + ": " + excerpt(result));
            } else {
                refused++;
            }
        }
        System.out.printf(
                "Malformed-input corpus: %d cases, %d refused clearly (4xx or the form's errors), %d answered 5xx,"
                        + " %d partial writes, %d failures%n",
                cases.size(), refused, serverErrors, partialWrites, failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(failures).isEmpty();
    }

    private MvcResult send(MalformedCase c, Map<String, String> records) throws Exception {
        String[] pathAndQuery = Bodies.fill(c.path(), records).split("\\?", 2);
        String path = pathAndQuery[0];
        AbstractMockHttpServletRequestBuilder<?> request;
        if (c.file() != null) {
            MalformedCase.FilePart f = c.file();
            byte[] content = f.generate() != null
                    ? Bodies.generate(f.generate(), records)
                    : Bodies.fill(f.content(), records).getBytes(StandardCharsets.UTF_8);
            request = MockMvcRequestBuilders.multipart(java.net.URI.create(path))
                    .file(new MockMultipartFile(f.part(), f.fileName(), "application/octet-stream", content));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(c.method()), java.net.URI.create(path));
        }
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        byte[] body = body(c, records);
        if (body != null) {
            request.content(body);
        }
        c.headers().forEach((name, value) -> request.header(name, Bodies.fill(value, records)));
        c.params().forEach((name, value) -> request.param(Bodies.fill(name, records), Bodies.fill(value, records)));
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.queryParam(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        if (c.page()) {
            request.with(users.session(TestUsers.ADMIN)).with(csrf());
        } else {
            request.with(httpBasic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).accept("application/json", "*/*");
        }
        return mvc.perform(request).andReturn();
    }

    private static byte[] body(MalformedCase c, Map<String, String> records) {
        if ("hex".equals(c.generate())) {
            return c.body().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (c.generate() != null) {
            return Bodies.generate(c.generate(), records);
        }
        return c.body() == null ? null : Bodies.fill(c.body(), records).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The API answers 4xx with a problem that names a field or gives a reason; a page answers 4xx, shows its form
     * again with the errors, or sends the browser back with them.
     */
    private boolean refusedClearly(MalformedCase c, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (!c.page()) {
            if (status < 400) {
                return false;
            }
            JsonNode problem = json.readTree(body.isBlank() ? "{}" : body);
            return problem.path("errors").size() > 0
                    || !problem.path("detail").asString("").isBlank();
        }
        if (status >= 400) {
            return true;
        }
        if (status == 200) {
            return body.contains("ds-validation-message") || body.contains("data-color=\"danger\"");
        }
        return result.getFlashMap().keySet().stream()
                .anyMatch(k -> k.toLowerCase(java.util.Locale.ROOT).contains("error")
                        || k.toLowerCase(java.util.Locale.ROOT).contains("message"));
    }

    private Map<String, Long> rowCounts() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                          AND table_name NOT LIKE 'spring_session%' AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name
                        """).query(String.class).list();
        String sql = String.join(
                " UNION ALL ",
                tables.stream()
                        .map(t -> "SELECT '" + t + "', count(*) FROM " + t)
                        .toList());
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue())
                .toList()
                .toString();
    }

    private static String excerpt(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String location = result.getResponse().getRedirectedUrl();
        return (location == null ? "" : "→ " + location + " ")
                + result.getResponse().getHeaderNames() + " "
                + (result.getResolvedException() == null ? "" : result.getResolvedException() + " ")
                + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + " " + message.substring(0, Math.min(120, message.length()));
    }
}
