package org.reportauditor.ingest.word;

import java.util.Optional;
import java.util.function.Function;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The text of .docx paragraphs as a reader of the document sees it: with the list labels Word
 * generates, without hidden text, deleted revisions, field instructions or anything else that is
 * markup rather than text. Lists and fields run across paragraphs, so one instance reads the
 * paragraphs of one document in order.
 */
final class DocxParagraphText {
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final Function<String, Optional<String>> relatedPartName;
    private final LostParts lost;
    private final ListCounters counters = new ListCounters();
    private final FieldNesting fields = new FieldNesting();

    /**
     * @param relatedPartName the name of the part a relationship id of the main document points to
     * @param lost where the paragraphs' embedded objects and content nested past the limit are said
     */
    DocxParagraphText(DocxStyles styles, DocxNumbering numbering, Function<String, Optional<String>> relatedPartName,
            LostParts lost) {
        this.styles = styles;
        this.numbering = numbering;
        this.relatedPartName = relatedPartName;
        this.lost = lost;
    }

    /** A paragraph's visible text, its list label first. Paragraphs must be read in document order. */
    String text(Element paragraph) {
        Element properties = WordXml.child(paragraph, "pPr").orElse(null);
        String styleId = styles.paragraphStyle(WordXml.path(properties, "pStyle").map(WordXml::val).orElse(null));
        StringBuilder text = new StringBuilder(listLabel(properties, styleId));
        inline(paragraph, styleId, text, 0);
        return text.toString();
    }

    private String listLabel(Element properties, String styleId) {
        Optional<Element> direct = WordXml.child(properties, "numPr");
        Optional<DocxStyles.NumberingRef> fromStyle = styles.numbering(styleId);
        String numId = direct.flatMap(numPr -> WordXml.child(numPr, "numId")).map(WordXml::val)
                .or(() -> fromStyle.map(DocxStyles.NumberingRef::numId)).orElse(null);
        int level = direct.flatMap(numPr -> WordXml.child(numPr, "ilvl"))
                .map(element -> WordXml.intAttribute(element, "val", 0))
                .or(() -> fromStyle.map(DocxStyles.NumberingRef::level))
                .orElse(0);
        return numbering.instance(numId).map(list -> counters.next(list, level)).orElse("");
    }

    /** Reads the runs of a paragraph, and of the hyperlinks, insertions, content controls... around them. */
    private void inline(Element parent, String styleId, StringBuilder text, int depth) {
        if (lost.tooDeep(depth)) {
            return;
        }
        for (Element child : WordXml.children(parent)) {
            if (!WordXml.isWordNamespace(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, styleId, text);
                case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo" ->
                        inline(child, styleId, text, depth + 1);
                case "sdt" -> WordXml.child(child, "sdtContent")
                        .ifPresent(content -> inline(content, styleId, text, depth + 1));
                default -> {
                    // deletions, bookmarks, comments, proofing marks, properties: no text
                }
            }
        }
    }

    private void run(Element run, String styleId, StringBuilder text) {
        boolean hidden = styles.isHidden(WordXml.child(run, "rPr").orElse(null), styleId);
        for (Element child : WordXml.children(run)) {
            if (!WordXml.isWordNamespace(child.getNamespaceURI())) {
                continue;
            }
            String name = child.getLocalName();
            if (name.equals("fldChar")) {
                fieldChar(WordXml.attribute(child, "fldCharType"));
                continue;
            }
            if (hidden || !fields.showsText()) {
                continue;
            }
            switch (name) {
                case "t" -> text.append(child.getTextContent());
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "object" -> lost.embeddedObject(embeddedPart(child));
                default -> {
                    // field instructions, deleted text, drawings, symbols, note references: no text
                }
            }
        }
    }

    /** The part an OLE object's {@code o:OLEObject} points to, or the object's element where it names none. */
    private String embeddedPart(Element object) {
        NodeList ole = object.getElementsByTagNameNS("*", "OLEObject");
        String id = ole.getLength() == 0 ? null : relationshipId((Element) ole.item(0));
        return id == null ? "w:object" : relatedPartName.apply(id).orElse(id);
    }

    /** The {@code r:id} of an element, in the transitional or the strict namespace of relationships. */
    private static String relationshipId(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if ("id".equals(attribute.getLocalName()) && attribute.getNamespaceURI() != null
                    && attribute.getNamespaceURI().endsWith("relationships")) {
                return attribute.getNodeValue();
            }
        }
        return null;
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.begin();
        } else if ("separate".equals(type)) {
            fields.separate();
        } else if ("end".equals(type)) {
            fields.end();
        }
    }
}
