package org.reportauditor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellAddressTest {
    @Test
    void addressesOfTheSameCellAreEqualAndFindEachOthersValues() {
        CellAddress a = CellAddress.parse("applications/partially_disclosed/total");
        CellAddress b = new CellAddress("applications", "partially_disclosed", "total");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Map<CellAddress, Integer> values = new HashMap<>();
        values.put(a, 63);
        assertThat(values).containsEntry(b, 63);
    }

    @Test
    void addressesDifferingInAnyPartDiffer() {
        CellAddress a = new CellAddress("applications", "disclosed", "total");
        assertThat(a).isNotEqualTo(new CellAddress("art20", "disclosed", "total"))
                .isNotEqualTo(new CellAddress("applications", "carried_over", "total"))
                .isNotEqualTo(new CellAddress("applications", "disclosed", "commercial"))
                .isNotEqualTo("applications/disclosed/total")
                .isNotEqualTo(null);
        // the parts are not run together: a/bc/d is not ab/c/d
        assertThat(new CellAddress("a", "bc", "d")).isNotEqualTo(new CellAddress("ab", "c", "d"));
    }

    @Test
    void aSubRowKeepsItsDotsAndAMalformedAddressIsRefused() {
        CellAddress sub = CellAddress.parse("art20/other_services.行政检查/decisions");
        assertThat(sub.row()).isEqualTo("other_services.行政检查");
        assertThat(sub.baseRow()).isEqualTo("other_services");
        assertThat(sub.toString()).isEqualTo("art20/other_services.行政检查/decisions");
        assertThatThrownBy(() -> CellAddress.parse("art20//decisions")).isInstanceOf(IllegalArgumentException.class);
    }
}
