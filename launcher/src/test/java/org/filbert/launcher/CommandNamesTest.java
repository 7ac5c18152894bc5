package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandNamesTest {

    @Test
    void offersScopedAndBareNamesOnce() {
        assertThat(CommandNames.parse(" filbert:status felix:lb filbert:stop felix:stop bad: :bad\n"))
                .containsExactly("felix:lb", "felix:stop", "filbert:status", "filbert:stop", "lb", "status", "stop");
        assertThat(CommandNames.parse("")).isEmpty();
    }
}
