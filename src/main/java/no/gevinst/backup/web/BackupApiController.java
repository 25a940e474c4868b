package no.gevinst.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import no.gevinst.access.AccessPolicy;
import no.gevinst.audit.AuditLog;
import no.gevinst.backup.domain.InstallationBackup;
import no.gevinst.shared.Attachments;
import no.gevinst.shared.NorwegianTime;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Installation", description = "Backup of the whole installation, for administrators")
class BackupApiController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'");

    private final AccessPolicy access;
    private final AuditLog audit;
    private final InstallationBackup backup;

    BackupApiController(AccessPolicy access, AuditLog audit, InstallationBackup backup) {
        this.access = access;
        this.audit = audit;
        this.backup = backup;
    }

    @GetMapping(value = "/api/v1/installation/backup", produces = "application/zip")
    @Transactional
    @Operation(
            summary = "A backup of the whole installation while it runs: every table read at one moment, as a ZIP"
                    + " with a manifest and one COPY file per table, restored with --restore=FILE",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = "application/zip",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<StreamingResponseBody> backup() {
        access.requireAdministrator();
        String name = "gevinst-backup-"
                + STAMP.format(Instant.now(NorwegianTime.clock()).atOffset(ZoneOffset.UTC)) + ".zip";
        // Recorded before the file is written: who took a copy of everything is what matters.
        audit.record("installation", "backup", "backup", null, Map.of("file", name));
        return Attachments.ok(MediaType.parseMediaType("application/zip"), name).body(backup::writeTo);
    }
}
