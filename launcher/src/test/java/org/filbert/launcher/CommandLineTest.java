package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final Path HOME = Path.of("/home/u/.filbert");

    @Test
    void runWithEveryFlag(@TempDir Path share) throws Exception {
        Options o = CommandLine.parse(new String[] {"--port", "0", "--data=/tmp/d", "--mode", "LEAF", "--share", share.toString(),
                "--connect", "127.0.0.1:6346", "--connect=[::1]:6347", "--headless", "--console", "7000", "--log-level", "debug"}, HOME);
        assertThat(o.action()).isEqualTo(Options.Action.RUN);
        assertThat(o.port()).isZero();
        assertThat(o.data()).isEqualTo(Path.of("/tmp/d"));
        assertThat(o.mode()).isEqualTo("leaf");
        assertThat(o.shares()).containsExactly(share.toAbsolutePath().normalize());
        assertThat(o.connects()).containsExactly("127.0.0.1:6346", "[::1]:6347");
        assertThat(o.headless()).isTrue();
        assertThat(o.consolePort()).isEqualTo(7000);
        assertThat(FrameworkProperties.overrides(o)).isEqualTo("""
                org.filbert.transport port=0
                org.filbert.node mode=leaf
                org.filbert.console port=7000
                org.filbert.library shares[]=%s
                org.filbert.connections connect[]=127.0.0.1:6346
                org.filbert.connections connect[]=[::1]:6347
                org.filbert.log consoleLevel=debug
                """.formatted(share.toAbsolutePath().normalize()));
    }

    @Test
    void defaultsChangeNothingButHeadlessLogsInfo() throws Exception {
        Options o = CommandLine.parse(new String[0], HOME);
        assertThat(o.data()).isEqualTo(HOME);
        assertThat(o.headless()).isFalse();
        assertThat(FrameworkProperties.overrides(o)).isEmpty();
        assertThat(FrameworkProperties.overrides(CommandLine.parse(new String[] {"--headless"}, HOME)))
                .isEqualTo("org.filbert.log consoleLevel=info\n");
        assertThat(FrameworkProperties.of(o)).containsEntry("felix.fileinstall.dir", HOME.resolve("deploy") + "," + HOME.resolve("conf"))
                .containsEntry("filbert.data", HOME.toString());
    }

    @Test
    void execAndShell() throws Exception {
        Options exec = CommandLine.parse(new String[] {"exec", "--console", "7000", "help", "status"}, HOME);
        assertThat(exec.action()).isEqualTo(Options.Action.EXEC);
        assertThat(exec.command()).isEqualTo("help status");
        assertThat(exec.consolePort()).isEqualTo(7000);
        assertThat(CommandLine.parse(new String[] {"exec", "--data=/d", "search", "walnut", "--type", "audio", "--min=1M"}, HOME).command())
                .as("after the command's first word, flags are the command's").isEqualTo("search walnut --type audio --min=1M");
        assertThat(CommandLine.parse(new String[] {"shell", "--data", "/x"}, HOME).action()).isEqualTo(Options.Action.SHELL);
        assertThat(CommandLine.parse(new String[] {"--help"}, HOME).action()).isEqualTo(Options.Action.HELP);
        assertThat(CommandLine.parse(new String[] {"help"}, HOME).action()).isEqualTo(Options.Action.HELP);
    }

    @Test
    void mistakesGetOneLineSayingWhatIsAccepted() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "70000"}, HOME))
                .hasMessage("--port needs a port number from 0 to 65535, not '70000'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"}, HOME)).hasMessage("--port needs a value: --port N");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--mode", "hub"}, HOME))
                .hasMessage("--mode must be leaf, ultrapeer or auto, not 'hub'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--share", "/no/such/dir"}, HOME))
                .hasMessage("--share needs an existing folder; '/no/such/dir' is not one");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--connect", "nohost"}, HOME))
                .hasMessage("--connect: expected HOST:PORT, e.g. 127.0.0.1:6346, not 'nohost'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--connect", "h:0"}, HOME))
                .hasMessage("--connect: expected a port from 1 to 65535 in 'h:0'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--fast"}, HOME)).hasMessage("unknown flag '--fast'; see ./filbert --help");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"status"}, HOME)).hasMessage("unknown argument 'status'; see ./filbert --help");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"exec"}, HOME)).hasMessage("exec needs a command, e.g. ./filbert exec status");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"exec", "--port", "1", "x"}, HOME))
                .hasMessage("--port is for starting a node, not for exec or shell");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"shell", "status"}, HOME))
                .hasMessage("shell takes no command; use ./filbert exec 'COMMAND' for one command");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--log-level", "loud"}, HOME))
                .hasMessage("--log-level must be error, warn, info, debug, trace or off, not 'loud'");
    }
}
