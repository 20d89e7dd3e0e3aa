package app.kasus.cases.document;

/** The refusals of an upload, all about the field {@code file}. */
final class Rejection {

    private Rejection() {
    }

    static DocumentRejectedException of(String problem, String message, Object... arguments) {
        return new DocumentRejectedException(problem, message, arguments);
    }
}
