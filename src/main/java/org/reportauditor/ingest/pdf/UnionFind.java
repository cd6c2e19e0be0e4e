package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets of the indexes 0..n-1, for grouping things that touch. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The items grouped by set, in the order of their first member. */
    <T> List<List<T>> groups(List<T> items) {
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(groups.values());
    }
}
