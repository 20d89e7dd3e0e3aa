package app.kasus.annotation;

import app.kasus.base.InvalidInputException;

/** The rule for the text of a comment or a piece of feedback: one limit for the column, the field and the check. */
public final class ThreadText {

    /** The longest text, in characters. */
    public static final int MAX_LENGTH = 2000;

    private ThreadText() {
    }

    /**
     * The text as stored: line breaks normalised to {@code \n}, surrounding white space stripped; blank, longer than
     * {@link #MAX_LENGTH} or carrying control characters other than line breaks and tabs is refused.
     */
    static String valid(String text) {
        if (text == null) {
            throw new InvalidInputException("text", "required");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalised.isEmpty()) {
            throw new InvalidInputException("text", "required: it cannot be blank");
        }
        if (normalised.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "at most " + MAX_LENGTH + " characters, not " + normalised.length());
        }
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InvalidInputException("text", "contains a control character (U+"
                        + String.format("%04X", (int) c) + ")");
            }
        }
        return normalised;
    }
}
