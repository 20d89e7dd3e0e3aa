package app.kasus.base.api;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps the services' exceptions to the API's status codes, always as {@code {"error": "…"}}. */
@RestControllerAdvice(basePackages = "app.kasus")
class ApiExceptionHandler {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
        return status(HttpStatus.BAD_REQUEST, e.field() + ": " + e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException invalid && StrictJson.PROBLEMS.contains(invalid.getOriginalMessage())) {
            return status(HttpStatus.BAD_REQUEST, path(invalid) + ": " + invalid.getOriginalMessage());
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getTargetType() != null) {
            return status(HttpStatus.BAD_REQUEST, path(mismatch) + ": " + StrictJson.expected(mismatch.getTargetType()));
        }
        return status(HttpStatus.BAD_REQUEST, "body: not valid JSON of the expected shape");
    }

    /** The field a body's value was refused at, e.g. "stage" or "annotations.3.start". */
    private static String path(MismatchedInputException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : Integer.toString(r.getIndex())).reduce((a, b) -> a + "." + b).orElse("body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badPath(MethodArgumentTypeMismatchException e) {
        return status(HttpStatus.BAD_REQUEST, e.getName() + ": not a valid value");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return status(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, String>> noResource(NoResourceFoundException e) {
        return status(HttpStatus.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return status(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
        // Most endpoints read JSON; the roster import reads CSV.
        boolean csv = e.getSupportedMediaTypes().stream().anyMatch(t -> t.isCompatibleWith(TEXT_CSV))
                && e.getSupportedMediaTypes().stream().noneMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON));
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type: send " + (csv ? "text/csv" : "application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // Also a malformed Accept header: the answer is JSON whatever was asked for, so name what is offered.
        return status(HttpStatus.NOT_ACCEPTABLE, "Accept: this resource is offered as "
                + (e.getSupportedMediaTypes().isEmpty() ? "application/json" : MediaType.toString(e.getSupportedMediaTypes())));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Map<String, String>> stale(StaleVersionException e) {
        return status(HttpStatus.CONFLICT, "stale version: " + e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, String>> conflict(ConflictException e) {
        return status(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
        return status(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Map<String, String>> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(ApiErrors.CHALLENGE_HEADER, ApiErrors.CHALLENGE)
                .contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body("authentication required"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return status(HttpStatus.BAD_REQUEST, e.getParameterName() + ": required");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        // The rest of Spring MVC's own refusals (a missing header or part, a bad binding) carry their 4xx status.
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            String detail = refusal.getBody().getDetail();
            return status(HttpStatus.valueOf(refusal.getStatusCode().value()), detail == null ? "invalid request" : detail);
        }
        log.error("Unexpected API error", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static ResponseEntity<Map<String, String>> status(HttpStatus status, String message) {
        // JSON even where the request asked for CSV or HTML (a download link): without a preset type, content
        // negotiation finds no way to write the error and answers 500 instead of the status meant.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiErrors.body(message));
    }
}
