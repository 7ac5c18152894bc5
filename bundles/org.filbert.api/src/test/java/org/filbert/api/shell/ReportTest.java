package org.filbert.api.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void keepsOrderAndLooksUpByKey() {
        Report r = Report.builder().put("version", "0.1.0").put("peers", 3).build();
        assertThat(r.entries()).extracting(Report.Entry::key).containsExactly("version", "peers");
        assertThat(r.get("peers")).isEqualTo("3");
        assertThat(r.get("missing")).isNull();
    }
}
