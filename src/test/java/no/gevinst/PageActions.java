package no.gevinst;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reads pages as a browser would and lists the writes they offer: every form that posts (signing out aside),
 * every link to a form page (new, edit, import) and every htmx write. Tests compare what each role is offered.
 */
public final class PageActions {

    private PageActions() {}

    /** The page as the user gets it, parsed; fails unless it answers 200. */
    public static Document page(MockMvc mvc, String path, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(URI.create(path)).with(user)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus());
        }
        return parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    public static Document parse(String html) {
        return Jsoup.parse(html, "http://localhost/");
    }

    /** The first form of the page's main part that posts (the header's sign-out form is not one to fill in). */
    public static Element form(Document page) {
        return page.selectFirst("main form[method=post]");
    }

    /** The writes the page's main part offers, leaving out the navigation every page shares. */
    public static List<String> writesInMain(Document page) {
        return writes(page.selectFirst("main"));
    }

    /** Each write offered, as "POST /path" for forms and htmx writes and "GET /path" for form pages. */
    public static List<String> writes(Element page) {
        List<String> writes = new ArrayList<>();
        for (Element form : page.select("form[method=post]")) {
            String action = path(form.attr("action"));
            if (!action.equals("/logout")) {
                writes.add("POST " + action);
            }
        }
        for (Element element : page.select("[hx-post],[hx-put],[hx-patch],[hx-delete]")) {
            writes.add("POST " + element.outerHtml());
        }
        for (Element link : page.select("a[href]")) {
            String href = path(link.attr("href"));
            if (href.matches(".*/(new|edit|import)")) {
                writes.add("GET " + href);
            }
        }
        return writes;
    }

    /**
     * The user as they are after their roles were withdrawn but for those given, still signed in: the form they were
     * shown while they held the roles is then submitted by someone who no longer may.
     */
    public static RequestPostProcessor afterWithdrawal(
            org.springframework.security.core.userdetails.UserDetails user, no.gevinst.access.RoleAssignment... left) {
        var before = (no.gevinst.access.CurrentUser) user;
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new no.gevinst.access.CurrentUser(
                        before.id(),
                        before.username(),
                        before.displayName(),
                        before.passwordHash(),
                        true,
                        List.of(left)));
    }

    /** The form's fields as the browser would send them, with the given field changed as a user would type. */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(
            Element form, String field, String typed) {
        return submit(form, java.util.Map.of(field, typed));
    }

    /** The form's fields as the browser would send them, with the given fields changed as a user would type. */
    public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(
            Element form, java.util.Map<String, String> typed) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        URI.create(form.attr("action")))
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf());
        for (var pair : ((org.jsoup.nodes.FormElement) form).formData()) {
            // The test's own token stands in for the one of the page's session.
            if (!pair.key().equals("_csrf") && !typed.containsKey(pair.key())) {
                request.param(pair.key(), pair.value());
            }
        }
        typed.forEach(request::param);
        return request;
    }

    private static String path(String url) {
        int end = url.indexOf('?');
        String path = end < 0 ? url : url.substring(0, end);
        int fragment = path.indexOf('#');
        return fragment < 0 ? path : path.substring(0, fragment);
    }
}
