package org.reportauditor.app;

import java.nio.file.Path;

/**
 * A file that opens only with a password: what to ask the user ({@code reason}: that it is
 * protected, or that the password given was wrong), and what to open once answered.
 */
public record PasswordRequest(Path file, String displayName, boolean remembered, String reason) {
}
