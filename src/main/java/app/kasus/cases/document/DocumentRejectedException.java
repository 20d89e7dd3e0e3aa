package app.kasus.cases.document;

import app.kasus.base.InvalidInputException;
import java.util.List;

/**
 * An uploaded file that cannot become a case. The message (English) is the API's; {@link #problem()} and
 * {@link #arguments()} let a page say the same in the reader's language ({@code caseImport.problem.<problem>}).
 */
public class DocumentRejectedException extends InvalidInputException {

    private final String problem;
    private final List<Object> arguments;

    DocumentRejectedException(String problem, String message, Object... arguments) {
        super("file", message);
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /** A short name of what is wrong, such as {@code empty} or {@code pdfNoText}. */
    public String problem() {
        return problem;
    }

    /** The numbers and names the message mentions, in the order the translations use them. */
    public List<Object> arguments() {
        return arguments;
    }
}
