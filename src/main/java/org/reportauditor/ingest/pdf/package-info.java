/**
 * The PDF reader. {@link org.reportauditor.ingest.pdf.PdfDocumentReader} opens the file with PDFBox
 * and {@code PageRecorder} turns each page into plain records (glyphs with boxes, ruling lines, image
 * boxes, in display coordinates after /Rotate); {@code TextLayerFonts} gives PDFBox fonts read from
 * their dictionaries ({@code DictionaryFont}), not from their font programs. Nothing else touches
 * PDFBox. The rest works on those
 * records: {@code PageLayoutBuilder} turns a page upright and rebuilds its ruled tables
 * ({@code LatticeTableFinder}) and lines ({@code LineBuilder}); {@code PdfDocumentAssembler} drops
 * page numbers and running heads ({@code PageFurniture}), finds tables drawn without lines
 * ({@code StreamTableFinder}), builds paragraphs ({@code ParagraphBuilder}) and joins tables and
 * paragraphs that go on over a page break ({@code TableJoiner}).
 */
package org.reportauditor.ingest.pdf;
