package org.reportauditor.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.Text;

/** What the source marks for a finding: every passage it names, not only the first. */
class SourceViewModelTest {
    @Test
    void everyPassageAFindingNamesIsMarkedInTheSource() {
        AuditResult read = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT);
        SourceLocation first = new SourceLocation.TextRange(10, 20, -1, -1, -1);
        SourceLocation second = new SourceLocation.TextRange(200, 30, -1, -1, -1);
        SourceLocation third = new SourceLocation.TextRange(400, 25, -1, -1, -1);
        // a finding as copied-text makes it: the first repeated sentence quoted, each of them a place
        Finding copied = Finding.onText("copied-text", Severity.WARNING, List.of(), "重复的句子", Text.of("x"), first)
                .located(first, List.of(new FindingPlace(null, first), new FindingPlace(null, second),
                        new FindingPlace(null, third)));
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.add(copied);
        ReportSelection selection = new ReportSelection();
        SourceViewModel model = new SourceViewModel(selection, new UiStrings(Messages.chinese()),
                new SimpleObjectProperty<>());
        selection.reportProperty().set(new OpenedReport(Fixtures.BEIJING_TEXT, "北京", new AuditResult(read.report(),
                findings, read.document()), null, true));
        selection.findingProperty().set(copied);

        assertThat(model.marks()).filteredOn(SourceMark::selected).extracting(SourceMark::location)
                .containsExactlyInAnyOrder(first, second, third);
    }
}
