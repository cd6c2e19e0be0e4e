package org.reportauditor.ingest.word;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The styles of a .docx, for the two properties that change what a paragraph reads: list
 * numbering (a heading style can number every heading: "一、") and hidden text. A style inherits
 * from the style it is based on; the chain is followed a bounded number of steps, so a cycle in a
 * broken file ends.
 */
final class DocxStyles {
    private static final int MAX_CHAIN = 32;

    private final Map<String, Element> byId = new HashMap<>();
    private final String defaultParagraphStyle;
    private final boolean hiddenByDefault;

    /** Numbering a paragraph takes: numbering instance id and 0-based level; either may come from another source. */
    record NumberingRef(String numId, Integer level) {
    }

    private DocxStyles(Document styles) {
        String defaultParagraph = null;
        boolean hidden = false;
        if (styles != null) {
            Element root = styles.getDocumentElement();
            for (Element style : WordXml.children(root)) {
                if (!WordXml.is(style, "style")) {
                    continue;
                }
                String id = WordXml.attribute(style, "styleId");
                if (id != null) {
                    byId.putIfAbsent(id, style);
                }
                if ("paragraph".equals(WordXml.attribute(style, "type")) && WordXml.isTrue(style, "default")) {
                    defaultParagraph = id;
                }
            }
            hidden = WordXml.path(root, "docDefaults", "rPrDefault", "rPr", "vanish").map(WordXml::isOn).orElse(false);
        }
        this.defaultParagraphStyle = defaultParagraph;
        this.hiddenByDefault = hidden;
    }

    static DocxStyles of(Document styles) {
        return new DocxStyles(styles);
    }

    /** The paragraph style a paragraph with style attribute {@code styleId} (null when it has none) uses. */
    String paragraphStyle(String styleId) {
        return styleId != null ? styleId : defaultParagraphStyle;
    }

    /** The numbering a paragraph style gives, if any. */
    Optional<NumberingRef> numbering(String paragraphStyleId) {
        String numId = inherited(paragraphStyleId, style -> WordXml.path(style, "pPr", "numPr", "numId")
                .map(WordXml::val)).orElse(null);
        Integer level = inherited(paragraphStyleId, style -> WordXml.path(style, "pPr", "numPr", "ilvl")
                .map(element -> WordXml.intAttribute(element, "val", 0))).orElse(null);
        return numId == null && level == null ? Optional.empty() : Optional.of(new NumberingRef(numId, level));
    }

    /** Whether a run with the given run properties (null for none) is hidden in a paragraph of the given style. */
    boolean isHidden(Element runProperties, String paragraphStyleId) {
        Optional<Boolean> direct = WordXml.child(runProperties, "vanish").map(WordXml::isOn);
        if (direct.isPresent()) {
            return direct.get();
        }
        String characterStyle = WordXml.child(runProperties, "rStyle").map(WordXml::val).orElse(null);
        return inherited(characterStyle, DocxStyles::vanish)
                .or(() -> inherited(paragraphStyleId, DocxStyles::vanish))
                .orElse(hiddenByDefault);
    }

    private static Optional<Boolean> vanish(Element style) {
        return WordXml.path(style, "rPr", "vanish").map(WordXml::isOn);
    }

    /** The first value a style or the styles it is based on define. */
    private <T> Optional<T> inherited(String styleId, Function<Element, Optional<T>> property) {
        String id = styleId;
        for (int step = 0; id != null && step < MAX_CHAIN; step++) {
            Element style = byId.get(id);
            if (style == null) {
                return Optional.empty();
            }
            Optional<T> value = property.apply(style);
            if (value.isPresent()) {
                return value;
            }
            id = WordXml.child(style, "basedOn").map(WordXml::val).orElse(null);
        }
        return Optional.empty();
    }
}
