package org.reportauditor.ingest;

/** How to read a file: the password of an encrypted PDF, if the user gave one. */
public record ReadOptions(String password) {

    public static final ReadOptions DEFAULT = new ReadOptions(null);

    public static ReadOptions withPassword(String password) {
        return new ReadOptions(password);
    }
}
