package org.reportauditor.app;

import java.util.concurrent.Executor;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

import org.reportauditor.app.findings.FindingsView;
import org.reportauditor.app.findings.FindingsViewModel;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.source.SourceView;
import org.reportauditor.app.source.SourceViewModel;
import org.reportauditor.app.tables.CellActions;
import org.reportauditor.app.tables.TablesView;
import org.reportauditor.app.tables.TablesViewModel;

/** The open report: its source on the left; its tables over its findings on the right. */
final class Workspace extends SplitPane {
    private final SourceView source;
    private final TablesView tables;
    private final SplitPane rightSide;

    Workspace(SourceViewModel sourceModel, TablesViewModel tablesModel, FindingsViewModel findingsModel,
              UiStrings strings, Executor renderThread, double sourceDivider, double findingsDivider,
              CellActions cellActions) {
        this.source = new SourceView(sourceModel, strings, renderThread);
        this.tables = new TablesView(tablesModel, strings, cellActions);
        FindingsView findings = new FindingsView(findingsModel, strings);
        this.rightSide = new SplitPane(tables, findings);
        rightSide.setOrientation(Orientation.VERTICAL);
        getItems().setAll(source, rightSide);
        setId("workspace");
        setDividerPositions(sourceDivider);
        rightSide.setDividerPositions(findingsDivider);
    }

    SourceView source() {
        return source;
    }

    TablesView tables() {
        return tables;
    }

    double sourceDivider() {
        return getDividers().get(0).getPosition();
    }

    double findingsDivider() {
        return rightSide.getDividers().get(0).getPosition();
    }
}
