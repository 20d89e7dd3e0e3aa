package app.kasus.base;

/** Someone saved the row after the caller read it; the caller must reload before changing it. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
