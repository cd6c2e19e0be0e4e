package org.reportauditor.app;

import java.util.List;
import java.util.Set;

import javafx.scene.text.Font;

/**
 * The font family of the interface: the first installed of the families known to have the Chinese
 * glyphs, on Linux, Windows and macOS in turn. (A CSS font-family list does not fall back in
 * JavaFX, so the choice is made here.)
 */
final class FontChoice {
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB", "SimHei");

    private FontChoice() {
    }

    /** The family to use, or {@code null} to leave JavaFX's default. */
    static String family() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
    }

    /** An inline style that sets the family on a scene's root. */
    static String rootStyle() {
        String family = family();
        return family == null ? "" : "-fx-font-family: \"" + family + "\";";
    }
}
