package app.kasus.base;

/** A requested row does not exist, or exists but is not the caller's to see: both read the same to the caller. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
