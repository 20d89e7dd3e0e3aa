package app.kasus.cases.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import app.kasus.base.api.ApiErrors;
import app.kasus.cases.CaseCreation;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseStatus;
import app.kasus.cases.ParsedArticle;
import app.kasus.cases.document.CaseDocuments;
import app.kasus.cases.document.DocumentPreview;
import app.kasus.cases.document.ImportedCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Documents in as draft cases: preview, import, publish, and throwing a draft away. */
@RestController
@RequestMapping("/api/cases")
class CaseImportApi {

    record PassageJson(String text, String language, List<Integer> notes) {
    }

    record SectionJson(String heading, int level, String language, List<PassageJson> passages) {
    }

    record NoteJson(int number, String text) {
    }

    record PreviewJson(String title, String language, String type, int passageCount, List<SectionJson> sections,
                       List<NoteJson> notes) {

        static PreviewJson of(DocumentPreview preview) {
            ParsedArticle article = preview.article();
            return new PreviewJson(preview.title(), preview.language(), preview.type().name(), article.passageCount(),
                    article.sections().stream().map(s -> new SectionJson(s.heading(), s.level(), s.language(),
                            s.passages().stream().map(p -> new PassageJson(p.text(), p.language(), p.notes())).toList()))
                            .toList(),
                    article.notes().stream().map(n -> new NoteJson(n.number(), n.text())).toList());
        }
    }

    record CaseJson(long id, String title, CaseStatus status, String language, int sections, int passageCount,
                    int notes) {

        static CaseJson of(ImportedCase imported) {
            return new CaseJson(imported.id(), imported.title(), imported.status(), imported.language(),
                    imported.sections(), imported.passages(), imported.notes());
        }
    }

    record StatusJson(long id, CaseStatus status) {
    }

    private final CaseDocuments documents;
    private final CaseCreation creation;
    private final CaseService cases;

    CaseImportApi(CaseDocuments documents, CaseCreation creation, CaseService cases) {
        this.documents = documents;
        this.creation = creation;
        this.cases = cases;
    }

    @ApiResponse(responseCode = "201", description = "The new case, a draft until published")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseJson> importDocument(@RequestParam("file") MultipartFile file,
                                            @RequestParam(required = false) String title,
                                            @RequestParam(required = false) String language) {
        ImportedCase imported = onDisk(file, path -> documents.importDraft(path, file.getOriginalFilename(), title, language));
        return ResponseEntity.created(URI.create("/api/cases/" + imported.id())).body(CaseJson.of(imported));
    }

    @PostMapping(path = "/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewJson preview(@RequestParam("file") MultipartFile file,
                        @RequestParam(required = false) String title,
                        @RequestParam(required = false) String language) {
        return PreviewJson.of(onDisk(file, path -> documents.preview(path, file.getOriginalFilename(), title, language)));
    }

    @PostMapping("/{caseId}/publish")
    StatusJson publish(@PathVariable long caseId) {
        creation.publish(caseId);
        return new StatusJson(caseId, cases.status(caseId));
    }

    /** Only a draft can be deleted; a published case may carry coding. */
    @DeleteMapping("/{caseId}")
    ResponseEntity<Void> deleteDraft(@PathVariable long caseId) {
        creation.deleteDraft(caseId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<Map<String, String>> noFile(Exception e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.body("file: send the document as the multipart/form-data field \"file\""));
    }

    /** The upload goes to a temporary file of its own (never whole into memory), which is gone afterwards. */
    private static <T> T onDisk(MultipartFile file, Function<Path, T> use) {
        Path temp = null;
        try {
            temp = Files.createTempFile("kasus-import-", ".upload");
            file.transferTo(temp);
            return use.apply(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored temporarily", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system; nothing of the case depends on it
                }
            }
        }
    }
}
