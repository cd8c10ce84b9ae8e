package claims.store;

/** A lookup's parameters can't be used (a malformed cursor, an empty name); the message says why. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
