package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The list definitions of a .docx ({@code numbering.xml}): which list a numbering instance
 * ({@code w:num}) belongs to and how each of its levels writes its label. The counters themselves
 * are not in the file; {@link ListCounters} computes them.
 */
final class DocxNumbering {
    /** How far a chain of numbering-style links is followed before giving up (a broken file may loop). */
    private static final int MAX_STYLE_LINKS = 8;

    private final Map<String, Element> abstractNums = new HashMap<>();
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Optional<ListInstance>> resolved = new HashMap<>();
    private final DocxStyles styles;

    private DocxNumbering(Document numbering, DocxStyles styles) {
        this.styles = styles;
        if (numbering == null) {
            return;
        }
        for (Element element : WordXml.children(numbering.getDocumentElement())) {
            if (WordXml.is(element, "abstractNum")) {
                putIfHasId(abstractNums, WordXml.attribute(element, "abstractNumId"), element);
            } else if (WordXml.is(element, "num")) {
                putIfHasId(nums, WordXml.attribute(element, "numId"), element);
            }
        }
    }

    static DocxNumbering of(Document numbering, DocxStyles styles) {
        return new DocxNumbering(numbering, styles);
    }

    private static void putIfHasId(Map<String, Element> map, String id, Element element) {
        if (id != null) {
            map.putIfAbsent(id.trim(), element);
        }
    }

    /** The list of numbering instance {@code numId}; empty for "0" (numbering switched off) or an unknown id. */
    Optional<ListInstance> instance(String numId) {
        if (numId == null) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(numId.trim(), this::resolve);
    }

    private Optional<ListInstance> resolve(String numId) {
        Element num = nums.get(numId);
        Element abstractNum = abstractNumOf(num);
        if (abstractNum == null) {
            return Optional.empty();
        }
        String listId = WordXml.attribute(abstractNum, "abstractNumId");
        Map<Integer, Element> levelElements = levels(abstractNum);
        Map<Integer, Integer> startOverrides = new HashMap<>();
        for (Element override : WordXml.children(num)) {
            if (!WordXml.is(override, "lvlOverride")) {
                continue;
            }
            int level = WordXml.intAttribute(override, "ilvl", -1);
            WordXml.child(override, "startOverride")
                    .ifPresent(start -> startOverrides.put(level, WordXml.intAttribute(start, "val", 0)));
            WordXml.child(override, "lvl").ifPresent(lvl -> levelElements.put(level, lvl));
        }
        List<ListLevel> levels = new ArrayList<>(ListInstance.LEVELS);
        for (int level = 0; level < ListInstance.LEVELS; level++) {
            Element lvl = levelElements.get(level);
            levels.add(lvl == null ? ListLevel.UNDEFINED : level(lvl));
        }
        return Optional.of(new ListInstance("abstractNum " + listId, "num " + numId, levels, startOverrides));
    }

    /**
     * The abstract definition a numbering instance uses. An abstract definition may only link to a
     * numbering style ({@code w:numStyleLink}) whose own numbering holds the levels.
     */
    private Element abstractNumOf(Element num) {
        Element current = num;
        for (int link = 0; current != null && link < MAX_STYLE_LINKS; link++) {
            Element abstractNum = WordXml.child(current, "abstractNumId").map(WordXml::val).map(String::trim)
                    .map(abstractNums::get).orElse(null);
            if (abstractNum == null) {
                return null;
            }
            Optional<String> styleLink = WordXml.child(abstractNum, "numStyleLink").map(WordXml::val);
            if (styleLink.isEmpty()) {
                return abstractNum;
            }
            current = styles.numbering(styleLink.get()).map(DocxStyles.NumberingRef::numId).map(String::trim)
                    .map(nums::get).orElse(null);
        }
        return null;
    }

    private static Map<Integer, Element> levels(Element abstractNum) {
        Map<Integer, Element> levels = new HashMap<>();
        for (Element lvl : WordXml.children(abstractNum)) {
            if (WordXml.is(lvl, "lvl")) {
                levels.putIfAbsent(WordXml.intAttribute(lvl, "ilvl", 0), lvl);
            }
        }
        return levels;
    }

    private static ListLevel level(Element lvl) {
        String template = WordXml.child(lvl, "lvlText").map(WordXml::val).orElse("");
        int start = WordXml.child(lvl, "start").map(element -> WordXml.intAttribute(element, "val", 0)).orElse(0);
        boolean legal = WordXml.child(lvl, "isLgl").map(WordXml::isOn).orElse(false);
        int restartAfter = WordXml.child(lvl, "lvlRestart")
                .map(element -> WordXml.intAttribute(element, "val", ListLevel.RESTART_AFTER_ANY))
                .orElse(ListLevel.RESTART_AFTER_ANY);
        ListLevel.Suffix suffix = switch (WordXml.child(lvl, "suff").map(WordXml::val).orElse("tab")) {
            case "space" -> ListLevel.Suffix.SPACE;
            case "nothing" -> ListLevel.Suffix.NOTHING;
            default -> ListLevel.Suffix.TAB;
        };
        return new ListLevel(template, ListNumberStyle.ofOoxml(numberFormat(lvl)), start, legal, suffix, restartAfter);
    }

    /**
     * The level's {@code w:numFmt}. Word 2010 and later put custom formats in a markup-compatibility
     * block whose fallback holds the plain format that older readers, like this one, use.
     */
    private static String numberFormat(Element lvl) {
        Optional<String> direct = WordXml.child(lvl, "numFmt").map(WordXml::val);
        if (direct.isPresent()) {
            return direct.get();
        }
        for (Element child : WordXml.children(lvl)) {
            if (WordXml.MARKUP_COMPATIBILITY.equals(child.getNamespaceURI())
                    && "AlternateContent".equals(child.getLocalName())) {
                for (Element branch : WordXml.children(child)) {
                    if ("Fallback".equals(branch.getLocalName())) {
                        Optional<String> fallback = WordXml.child(branch, "numFmt").map(WordXml::val);
                        if (fallback.isPresent()) {
                            return fallback.get();
                        }
                    }
                }
            }
        }
        return null;
    }
}
