package org.reportauditor.render;

import java.io.IOException;
import java.nio.file.Path;

import org.reportauditor.model.DocumentKind;

/** Opens files whose pages can be drawn (PDFs), for the app's source view. */
public interface PageRenderer {

    /** Whether this renderer draws the pages of documents of this kind. */
    boolean draws(DocumentKind kind);

    /** @param password the password of an encrypted file, {@code null} for none */
    PageSource open(Path file, String password) throws IOException;
}
