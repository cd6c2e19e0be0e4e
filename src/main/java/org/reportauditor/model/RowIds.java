package org.reportauditor.model;

/**
 * Row ids may name a sub-row an agency added under a template row ({@code other_services.行政检查}).
 * Template rows of the applications table also use dots ({@code withheld.state_secret}); a sub-row is
 * recognised by the part after the base row not being part of the template, so this class only offers
 * the split that callers with template knowledge need.
 */
public final class RowIds {
    private RowIds() {
    }

    /** The part before the first dot. */
    public static String base(String rowId) {
        int dot = rowId.indexOf('.');
        return dot < 0 ? rowId : rowId.substring(0, dot);
    }

    public static String subRow(String parentRowId, String subRowName) {
        return parentRowId + "." + subRowName;
    }
}
