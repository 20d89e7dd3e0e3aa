package app.kasus.cases.document;

import app.kasus.base.InvalidInputException;

/** The refusals of an upload, all about the field {@code file}. */
final class Rejection {

    static final String FIELD = "file";

    private Rejection() {
    }

    static InvalidInputException of(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
