package app.kasus.cases.api;

import app.kasus.base.api.ApiErrors;
import app.kasus.cases.document.CaseDocuments;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload beyond the multipart limit, or a body that is not readable multipart, fails before any controller is
 * chosen, so only an advice sees it; it is the uploader's to fix (400 naming the problem), not a server error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final CaseDocuments documents;

    UploadLimitAdvice(CaseDocuments documents) {
        this.documents = documents;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.body("file: larger than " + documents.limits().maxMegabytes() + " MB"));
    }

    /** A body that claims to be multipart but cannot be read as such (no boundary, cut off). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> malformed(MultipartException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.body("file: the multipart/form-data request cannot be read"));
    }
}
