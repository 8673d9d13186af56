package io.pathwise.catalog.packaging;

/** The upload cannot even be read as a package (not a zip, unsafe paths, over a limit). */
public class InvalidPackageException extends RuntimeException {

    public InvalidPackageException(String reason) {
        super(reason);
    }
}
