package app.kasus.base;

/** The request is well formed but the stored data forbids it now (e.g. deleting an account that has coding). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
