package org.filbert.transfer.impl.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void noHeaderIsTheWholeFile() {
        assertThat(ByteRange.of(null, 100)).contains(new ByteRange(0, 99, 100, false));
    }

    @Test
    void readsTheThreeForms() {
        assertThat(ByteRange.of("bytes=10-19", 100)).contains(new ByteRange(10, 19, 100, true));
        assertThat(ByteRange.of("bytes=90-", 100)).contains(new ByteRange(90, 99, 100, true));
        assertThat(ByteRange.of("bytes=-5", 100)).contains(new ByteRange(95, 99, 100, true));
        assertThat(ByteRange.of("Bytes = 1 - 2", 100)).contains(new ByteRange(1, 2, 100, true));
        assertThat(ByteRange.of("bytes=10-19", 100).orElseThrow().contentRange()).isEqualTo("bytes 10-19/100");
        assertThat(ByteRange.of("bytes=10-19", 100).orElseThrow().length()).isEqualTo(10);
    }

    @Test
    void clipsToTheFileAndServesTheFirstOfSeveralRanges() {
        assertThat(ByteRange.of("bytes=50-1000", 100)).contains(new ByteRange(50, 99, 100, true));
        assertThat(ByteRange.of("bytes=-1000", 100)).contains(new ByteRange(0, 99, 100, true));
        assertThat(ByteRange.of("bytes=0-9,20-29", 100)).contains(new ByteRange(0, 9, 100, true));
        assertThat(ByteRange.of("bytes=0-99999999999999999999999", 100)).contains(new ByteRange(0, 99, 100, true));
    }

    @Test
    void beyondTheEndIsUnsatisfiable() {
        assertThat(ByteRange.of("bytes=100-", 100)).isEmpty();
        assertThat(ByteRange.of("bytes=100-200", 100)).isEmpty();
        assertThat(ByteRange.of("bytes=-0", 100)).isEmpty();
        assertThat(ByteRange.of("bytes=0-", 0)).isEmpty();
        assertThat(ByteRange.of("bytes=99999999999999999999-", 100)).isEmpty();
        assertThat(ByteRange.unsatisfiable(100)).isEqualTo("bytes */100");
    }

    @Test
    void malformedHeadersAreRefused() {
        for (String bad : new String[] {"bytes=", "bytes=-", "bytes=a-b", "items=0-1", "bytes=5-4", "0-1", "bytes=1-2-3", "bytes=--1"}) {
            assertThatThrownBy(() -> ByteRange.of(bad, 100)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
