package org.reportauditor.ingest.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Whether a document's page tree nests deeper than a limit, measured without recursion. PDFBox finds
 * a page by walking the tree recursively, and a page's inherited attributes by walking its parents
 * recursively: a file of a hundred thousand nested page nodes would overflow the stack.
 */
final class PageTreeDepth {
    private PageTreeDepth() {
    }

    /** Whether the tree under the catalog's /Pages, or the /Parent chain of any node in it, is deeper than {@code maxDepth}. */
    static boolean over(COSDictionary catalog, int maxDepth) {
        COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return false;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> open = new ArrayDeque<>();
        open.push(new Node(root, 1));
        while (!open.isEmpty()) {
            Node node = open.pop();
            if (node.depth() > maxDepth || parentsOver(node.dictionary(), maxDepth)) {
                return true;
            }
            COSArray kids = seen.add(node.dictionary()) ? node.dictionary().getCOSArray(COSName.KIDS) : null;
            for (int i = 0; kids != null && i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary dictionary && !seen.contains(dictionary)) {
                    open.push(new Node(dictionary, node.depth() + 1));
                }
            }
        }
        return false;
    }

    /** Whether the node has more than {@code maxDepth} distinct ancestors (a loop is PDFBox's to stop, and does). */
    private static boolean parentsOver(COSDictionary node, int maxDepth) {
        Set<COSDictionary> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary at = node; at != null && chain.add(at); at = at.getCOSDictionary(COSName.PARENT)) {
            if (chain.size() > maxDepth) {
                return true;
            }
        }
        return false;
    }

    private record Node(COSDictionary dictionary, int depth) {
    }
}
