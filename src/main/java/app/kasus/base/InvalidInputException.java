package app.kasus.base;

/** Input a user or script gave is not acceptable; {@link #field()} names what to correct. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
