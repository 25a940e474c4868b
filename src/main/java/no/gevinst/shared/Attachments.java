package no.gevinst.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers that the browser saves as a file under the name given, the same for every download: the name is sent
 * twice, plain for old clients and encoded (RFC 6266) so that a name with æ, ø or å arrives whole.
 */
public final class Attachments {

    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    public static final String CSV_VALUE = "text/csv;charset=UTF-8";

    private Attachments() {}

    /** The answer with its body: the file as a whole, made before the answer starts. */
    public static <T> ResponseEntity<T> of(T body, MediaType type, String filename) {
        return ok(type, filename).body(body);
    }

    /** The answer without its body yet, for a body given otherwise (a stream written as it is read). */
    public static ResponseEntity.BodyBuilder ok(MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename));
    }

    /** Starts an answer written straight to the response: its type and file name, before the first byte. */
    public static void start(HttpServletResponse response, String type, String filename) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(filename));
    }

    private static String disposition(String filename) {
        return ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
