package no.gevinst.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What one page request has already read, so that the rights checks and the parts of a page that each ask for the
 * same programme or benefit read it once (an indicator page asked for its benefit nine times and its programme
 * sixteen). Only requests that change nothing (GET and HEAD) remember: a write's request always reads afresh, so
 * nothing it wrote, or rolled back, is ever answered from memory. Outside a request (jobs, the tests' direct calls)
 * nothing is remembered. A request's reads already see the database at different moments (READ COMMITTED), so
 * answering a repeated read with the first answer loses nothing a page could rely on. Writers in the owning module
 * still {@link #forget} what they change, should a GET ever write.
 */
public final class RequestMemo {

    private static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {}

    /** The value remembered under the key in this request, or the supplier's, remembered when it may be. */
    @SuppressWarnings("unchecked")
    public static <T> T remember(String key, Supplier<T> read) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return read.get();
        }
        Object known = memo.get(key);
        if (known == null) {
            known = read.get();
            memo.put(key, known);
        }
        return (T) known;
    }

    /** True while a request that may remember is being answered. */
    public static boolean active() {
        return memo() != null;
    }

    /** Forgets everything remembered under keys starting with the prefix, in this request. */
    public static void forget(String prefix) {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        String method = request.getRequest().getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        Object memo = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, Object>();
            request.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, Object>) memo;
    }
}
