package org.reportauditor.ingest.word;

import java.util.Optional;

import org.w3c.dom.Element;

/**
 * The text of .docx paragraphs as a reader of the document sees it: with the list labels Word
 * generates, without hidden text, deleted revisions, field instructions or anything else that is
 * markup rather than text. Lists and fields run across paragraphs, so one instance reads the
 * paragraphs of one document in order.
 */
final class DocxParagraphText {
    /** Hyperlinks, insertions and content controls nest a few levels; more only in broken files. */
    private static final int MAX_DEPTH = 24;

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final ListCounters counters = new ListCounters();
    private final FieldNesting fields = new FieldNesting();

    DocxParagraphText(DocxStyles styles, DocxNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
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
        if (depth > MAX_DEPTH) {
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
                default -> {
                    // field instructions, deleted text, drawings, symbols, note references: no text
                }
            }
        }
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
