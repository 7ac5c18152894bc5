package org.filbert.api.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModeTest {

    @Test
    void parsesLabelsCaseInsensitively() {
        assertThat(Mode.parse("leaf")).isEqualTo(Mode.LEAF);
        assertThat(Mode.parse(" UltraPeer ")).isEqualTo(Mode.ULTRAPEER);
        assertThat(Mode.parse("auto")).isEqualTo(Mode.AUTO);
        assertThat(Mode.AUTO.label()).isEqualTo("auto");
    }

    @Test
    void rejectsUnknownWithTheAcceptedValues() {
        assertThatThrownBy(() -> Mode.parse("hub"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode must be one of leaf|ultrapeer|auto, not 'hub'");
        assertThatThrownBy(() -> Mode.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
