package app.kasus.base.api.docs;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the API's description lives: {@value #DOCUMENT} (OpenAPI 3, JSON) and Swagger UI, opened at {@value #PATH}.
 * The paths are set in application.properties for springdoc; these constants are for the security chain and tests.
 */
@Hidden
@RestController
public class ApiDocs {

    public static final String PATH = "/api/docs";
    public static final String DOCUMENT = PATH + "/openapi.json";
    /** Swagger UI's page and its files (springdoc serves them from the swagger-ui WebJar). */
    public static final String UI_FILES = PATH + "/swagger-ui/";
    public static final String UI = UI_FILES + "index.html";

    @GetMapping(PATH)
    ResponseEntity<Void> open() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(UI)).build();
    }
}
