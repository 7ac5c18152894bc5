package org.filbert.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

import org.filbert.api.console.ConsoleFrame.Kind;
import org.junit.jupiter.api.Test;

class ConsoleFrameTest {

    private static byte[] bytesOf(ConsoleFrame... frames) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (ConsoleFrame f : frames) {
            f.writeTo(out);
        }
        return bytes.toByteArray();
    }

    @Test
    void roundTripsEveryKindWithUnicode() throws IOException {
        ConsoleFrame[] frames = {new ConsoleFrame(Kind.TOKEN, "ab12"), new ConsoleFrame(Kind.COMMAND, "search café 東京"),
                new ConsoleFrame(Kind.OUTPUT, "a\nb\n"), new ConsoleFrame(Kind.DONE, ""), new ConsoleFrame(Kind.FAILED, "no")};
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytesOf(frames)));
        for (ConsoleFrame f : frames) {
            assertThat(ConsoleFrame.readFrom(in, 1024)).isEqualTo(f);
        }
        assertThatThrownBy(() -> ConsoleFrame.readFrom(in, 1024)).isInstanceOf(EOFException.class);
    }

    @Test
    void rejectsOversizedUnknownAndTruncatedFrames() throws IOException {
        byte[] big = bytesOf(new ConsoleFrame(Kind.COMMAND, "x".repeat(100)));
        assertThatThrownBy(() -> ConsoleFrame.readFrom(new DataInputStream(new ByteArrayInputStream(big)), 99))
                .hasMessage("console frame of 100 bytes exceeds the limit of 99");
        byte[] unknown = {'Z', 0, 0, 0, 0};
        assertThatThrownBy(() -> ConsoleFrame.readFrom(new DataInputStream(new ByteArrayInputStream(unknown)), 99))
                .hasMessageContaining("not a console frame kind");
        byte[] cut = java.util.Arrays.copyOf(big, 20);
        assertThatThrownBy(() -> ConsoleFrame.readFrom(new DataInputStream(new ByteArrayInputStream(cut)), 1000))
                .isInstanceOf(EOFException.class);
    }
}
