package app.kasus.cases.document;

import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseCreation;
import app.kasus.cases.CaseStatus;
import app.kasus.cases.ParsedArticle;
import app.kasus.cases.PassageLanguages;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an uploaded document (TXT, Markdown, HTML, DOCX, PDF) into a draft case: the type is told from the
 * content, the format's reader gets the text and whatever structure it knows, and {@link CaseCreation#segment}
 * (the one path every case takes) makes sections, passages and notes of it. Anything wrong with the file is an
 * {@link InvalidInputException} about {@code file} that names the problem; nothing is stored then.
 */
@Service
@EnableConfigurationProperties(ImportLimits.class)
public class CaseDocuments {

    /** A BCP-47 language tag as the case tables hold it (at most 8 characters): "id", "en", "pt-BR". */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,4})?$");
    /** When neither the uploader nor the detector names the body's language: the seminars' language. */
    static final String FALLBACK_LANGUAGE = "id";
    private static final int LANGUAGE_SAMPLE = 20_000;

    private static final Map<DocumentType, DocumentReader> READERS = Map.of(
            DocumentType.TXT, new TextFileReader(),
            DocumentType.MARKDOWN, new MarkdownReader(),
            DocumentType.HTML, new HtmlReader(),
            DocumentType.DOCX, new DocxReader(),
            DocumentType.PDF, new PdfReader());

    private final CaseCreation creation;
    private final PassageLanguages languages;
    private final ImportLimits limits;
    private final CurrentUser currentUser;
    private final CaseAccess access;

    CaseDocuments(CaseCreation creation, PassageLanguages languages, ImportLimits limits, CurrentUser currentUser,
                  CaseAccess access) {
        this.creation = creation;
        this.languages = languages;
        this.limits = limits;
        this.currentUser = currentUser;
        this.access = access;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * Reads and segments the document without storing anything.
     *
     * @param file     the upload, already on disk
     * @param fileName the name it was uploaded under (its ending must not claim another type than its content)
     * @param title    the case's title, or null/blank for the one the document names (or its file name)
     * @param language the body's BCP-47 tag, or null/blank to detect it
     */
    public DocumentPreview preview(Path file, String fileName, String title, String language) {
        access.requireCreate(currentUser.require());
        return read(file, fileName, title, language);
    }

    /** Reads the document and stores it as a draft case created by the signed-in user. */
    @Transactional
    public ImportedCase importDraft(Path file, String fileName, String title, String language) {
        UserAccount me = currentUser.require();
        access.requireCreate(me);
        DocumentPreview preview = read(file, fileName, title, language);
        ParsedArticle article = preview.article();
        long id = creation.create(preview.title(), preview.language(), article, CaseStatus.DRAFT, me.getId());
        return new ImportedCase(id, preview.title(), CaseStatus.DRAFT, preview.language(), article.sections().size(),
                article.passageCount(), article.notes().size());
    }

    private DocumentPreview read(Path file, String fileName, String title, String language) {
        String requestedLanguage = language == null || language.isBlank() ? null : language.strip();
        if (requestedLanguage != null && !LANGUAGE_TAG.matcher(requestedLanguage).matches()) {
            throw new InvalidInputException("language", "not a language tag such as \"id\" or \"en\": " + requestedLanguage);
        }
        String requestedTitle = title == null || title.isBlank() ? null : title.strip();
        if (requestedTitle != null && requestedTitle.length() > CaseCreation.MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "at most " + CaseCreation.MAX_TITLE_LENGTH + " characters");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw Rejection.of("empty", "The file is empty.");
            }
            if (size > limits.maxBytes().toBytes()) {
                throw Rejection.of("tooLarge", "The file is larger than " + limits.maxMegabytes() + " MB.",
                        limits.maxMegabytes());
            }
            DocumentType type = DocumentSniffer.detect(file, fileName);
            ReadDocument document = READERS.get(type).read(file, limits);
            String bodyLanguage = requestedLanguage != null ? requestedLanguage : detectLanguage(document.text());
            ParsedArticle article = creation.segment(document.text(), bodyLanguage);
            if (article.passageCount() > limits.maxPassages()) {
                throw Rejection.of("tooManyPassages", "The document has " + article.passageCount()
                        + " paragraphs; at most " + limits.maxPassages() + " can be imported as one case.",
                        article.passageCount(), limits.maxPassages());
            }
            return new DocumentPreview(titleOf(requestedTitle, document.title(), fileName), bodyLanguage, type, article);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file cannot be read from its temporary copy", e);
        }
    }

    private String detectLanguage(String text) {
        String sample = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
        return languages.detect(sample.replaceAll("[\\uE000-\\uE004]", " ")).orElse(FALLBACK_LANGUAGE);
    }

    private static String titleOf(String requested, String declared, String fileName) {
        String title = requested;
        if (title == null && declared != null && !declared.isBlank()) {
            title = declared.strip().replaceAll("\\s+", " ");
        }
        if (title == null && fileName != null && !fileName.isBlank()) {
            // The last part of whatever path a browser or script sent, without its ending.
            String path = fileName.replace('\\', '/');
            String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
            title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        }
        if (title == null || title.isBlank()) {
            title = "Untitled case";
        }
        return title.length() > CaseCreation.MAX_TITLE_LENGTH ? title.substring(0, CaseCreation.MAX_TITLE_LENGTH) : title;
    }
}
