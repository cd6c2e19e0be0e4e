package org.reportauditor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportauditor.model.DocumentKind;

class PdfPageRendererTest {
    private static final Path REPORTS = Path.of("src/test/resources/reports");
    private static final Path BEIJING = REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf");

    private final PdfPageRenderer renderer = new PdfPageRenderer();

    @Test
    void knowsEveryPageSizeWithoutDrawing() throws IOException {
        try (PageSource pages = renderer.open(BEIJING, null)) {
            assertThat(pages.pageCount()).isEqualTo(4);
            assertThat(pages.pageSizes()).allSatisfy(size -> {
                assertThat(size.width()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.1));
                assertThat(size.height()).isCloseTo(841.9, org.assertj.core.data.Offset.offset(0.1));
            });
        }
    }

    @Test
    void drawsAPageAtTheScaleAsked() throws IOException {
        try (PageSource pages = renderer.open(BEIJING, null)) {
            BufferedImage image = pages.render(1, 0.5);

            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
            assertThat(image.getWidth()).isBetween(297, 298);
            assertThat(image.getHeight()).isBetween(420, 421);
            assertThat(darkPixels(image)).as("the title and the text are drawn").isGreaterThan(500);
        }
    }

    @Test
    void drawsEveryPageOfTheRealReports() throws IOException {
        for (String name : new String[] {"real/hongze_2023.pdf", "real/huaian_2024.pdf"}) {
            try (PageSource pages = renderer.open(REPORTS.resolve(name), null)) {
                BufferedImage last = pages.render(pages.pageCount(), 0.25);
                assertThat(darkPixels(last)).as(name).isPositive();
            }
        }
    }

    @Test
    void refusesPagesItDoesNotHave() throws IOException {
        try (PageSource pages = renderer.open(BEIJING, null)) {
            assertThatThrownBy(() -> pages.render(5, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aClosedDocumentDrawsNothing() throws IOException {
        PageSource pages = renderer.open(BEIJING, null);
        pages.close();
        pages.close();
        assertThatThrownBy(() -> pages.render(1, 1)).isInstanceOf(IOException.class);
    }

    @Test
    void drawsPdfsOnly() {
        assertThat(renderer.draws(DocumentKind.PDF)).isTrue();
        assertThat(Stream.of(DocumentKind.values()).filter(renderer::draws)).containsExactly(DocumentKind.PDF);
    }

    @Test
    void damagedAndProtectedFilesFailToOpenWithAnIoException() {
        for (String name : new String[] {"bad/random-bytes.pdf", "bad/encrypted-password.pdf"}) {
            assertThatThrownBy(() -> renderer.open(REPORTS.resolve(name), null).close()).as(name)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void anEncryptedFileOpensWithItsPassword() throws IOException {
        try (PageSource pages = renderer.open(REPORTS.resolve("bad/encrypted-password.pdf"), "secret")) {
            assertThat(darkPixels(pages.render(1, 0.25))).isPositive();
        }
        assertThatThrownBy(() -> renderer.open(REPORTS.resolve("bad/encrypted-password.pdf"), "wrong").close())
                .isInstanceOf(IOException.class);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int green = (argb >> 8) & 0xff;
                if (alpha > 128 && green < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
