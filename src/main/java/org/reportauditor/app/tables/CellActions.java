package org.reportauditor.app.tables;

/** What a value cell's context menu does with the chosen cell: the window's dialogs for it. */
public interface CellActions {
    CellActions NONE = new CellActions() {
        @Override
        public void correctCell() {
        }

        @Override
        public void addFinding() {
        }
    };

    /** Asks what the document really prints in the chosen cell. */
    void correctCell();

    /** Asks for a finding of the auditor's own on the chosen cell. */
    void addFinding();
}
