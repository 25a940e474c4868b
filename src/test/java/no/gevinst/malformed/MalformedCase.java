package no.gevinst.malformed;

import java.util.Map;

/**
 * One malformed request of the corpus, still with placeholders for the test's own records.
 *
 * @param page sent as the logged-in browser, with the CSRF token; otherwise as a machine with HTTP Basic
 * @param body the body's text, or null for none (see {@code generate} for binary bodies)
 * @param params form or query parameters
 * @param file a multipart file, or null
 * @param generate the name of a binary body made by {@link Bodies}, or null
 */
record MalformedCase(
        String name,
        String method,
        String path,
        boolean page,
        String contentType,
        String body,
        Map<String, String> headers,
        Map<String, String> params,
        FilePart file,
        String generate) {

    /** A file part: its name, its text or the name of its generated content, and the part's name. */
    record FilePart(String fileName, String content, String generate, String part) {}
}
