package org.reportauditor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;

/**
 * The audits of the reports beside those opened, kept while their files stay as they were (same
 * size, same time of change), so that going through a folder's reports one by one reads each of
 * their neighbours once, not once per report. The most recently used are kept, without their
 * layout. Not for several threads.
 */
final class NeighbourAudits {
    private record Stamp(long size, long modified) {
    }

    private record Kept(Stamp stamp, AuditResult result) {
    }

    private final Map<Path, Kept> kept;

    NeighbourAudits(int most) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Kept> eldest) {
                return size() > most;
            }
        };
    }

    AuditResult audit(Path file, Auditor auditor) {
        Stamp stamp = stampOf(file);
        Kept known = kept.get(file);
        if (stamp != null && known != null && known.stamp().equals(stamp)) {
            return known.result();
        }
        AuditResult result = auditor.audit(file).withoutLayout();
        if (stamp != null) {
            kept.put(file, new Kept(stamp, result));
        }
        return result;
    }

    private static Stamp stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
