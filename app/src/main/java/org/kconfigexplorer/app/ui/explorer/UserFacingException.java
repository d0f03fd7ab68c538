package org.kconfigexplorer.app.ui.explorer;

/** A failure whose message is written for the user and can be shown as it is. */
public final class UserFacingException extends Exception {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message fit for the user, for any exception: never a stack trace. */
    public static String messageOf(Throwable e) {
        if (e instanceof UserFacingException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() == null ? "cannot access " + f.getFile() : f.getFile() + ": " + f.getReason();
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "unexpected " + e.getClass().getSimpleName();
        }
        return m;
    }
}
