package app.kasus.backup.api;

import app.kasus.backup.BackupFile;
import app.kasus.backup.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Database backups for administrators' scripts: make one now, list them, download one. */
@RestController
@RequestMapping("/api/admin/backups")
@Tag(name = "Backups", description = "Online backups of the embedded H2 database (administrators)")
class BackupApi {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @Operation(summary = "Back up the database now",
            description = "Writes a consistent backup while the application keeps serving. Restore it into a fresh "
                    + "instance by starting that with `--kasus.restore-from=<file>` on an empty data directory. "
                    + "Answers 409 on a database other than H2 (use `pg_dump` there).")
    @ApiResponse(responseCode = "201", description = "The backup written: file name, size in bytes, when")
    @PostMapping
    ResponseEntity<BackupFile> create() {
        BackupFile created = backups.create();
        return ResponseEntity.created(URI.create("/api/admin/backups/" + created.name())).body(created);
    }

    @Operation(summary = "The backups written so far, newest first")
    @GetMapping
    List<BackupFile> list() {
        return backups.list();
    }

    @Operation(summary = "Download a backup", description = "Only names the service gave its backups are served.")
    @ApiResponse(responseCode = "200", description = "The backup (an H2 SQL script, zipped)",
            content = @Content(mediaType = "application/zip"))
    @GetMapping("/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.file(name);
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
