package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML elements of a DOM: both the transitional namespace that Word, WPS and
 * LibreOffice write and the strict one of ISO 29500.
 */
final class WordXml {
    static final String TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private WordXml() {
    }

    /** Whether {@code node} is the WordprocessingML element {@code localName}. */
    static boolean is(Node node, String localName) {
        return node instanceof Element element && localName.equals(element.getLocalName())
                && isWordNamespace(element.getNamespaceURI());
    }

    static boolean isWordNamespace(String namespace) {
        return TRANSITIONAL.equals(namespace) || STRICT.equals(namespace);
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String localName) {
        if (parent == null) {
            return Optional.empty();
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, localName)) {
                return Optional.of((Element) child);
            }
        }
        return Optional.empty();
    }

    /** The element reached by following child names, e.g. {@code pPr/numPr/numId}. */
    static Optional<Element> path(Element start, String... localNames) {
        Optional<Element> current = Optional.ofNullable(start);
        for (String name : localNames) {
            current = current.flatMap(element -> child(element, name));
        }
        return current;
    }

    /** A {@code w:}-attribute, or null when absent. */
    static String attribute(Element element, String localName) {
        String value = element.getAttributeNS(element.getNamespaceURI(), localName);
        return value == null || value.isEmpty() ? null : value;
    }

    static String val(Element element) {
        return attribute(element, "val");
    }

    /** An integer attribute; {@code fallback} when absent or not a number. */
    static int intAttribute(Element element, String localName, int fallback) {
        String value = attribute(element, localName);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    /** A toggle property such as {@code <w:vanish/>}: on unless its value says off. */
    static boolean isOn(Element toggle) {
        String value = val(toggle);
        return value == null || !isOff(value);
    }

    /** A boolean attribute such as {@code w:default="1"}: on when present and not off. */
    static boolean isTrue(Element element, String localName) {
        String value = attribute(element, localName);
        return value != null && !isOff(value);
    }

    private static boolean isOff(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        return lower.equals("0") || lower.equals("false") || lower.equals("off");
    }
}
