package org.reportauditor.render;

import java.io.IOException;
import java.nio.file.Path;

/** Opens files whose pages can be drawn (PDFs), for the app's source view. */
public interface PageRenderer {

    /** Whether the file looks like one this renderer draws (a cheap check of its first bytes). */
    boolean accepts(Path file);

    /** @param password the password of an encrypted file, {@code null} for none */
    PageSource open(Path file, String password) throws IOException;
}
