package org.filbert.shell.impl;

import java.util.List;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Table;
import org.filbert.transfer.api.UploadInfo;
import org.filbert.transfer.api.Uploads;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:uploads}: the uploads sending (first) and queued: downloader, its agent,
 * file, range, progress, rate and queue position. Says so while uploads are not running.
 * Thread-safe.
 */
@Component(service = UploadsCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=uploads",
        CommandHelp.USAGE + "=uploads",
        CommandHelp.SUMMARY + "=Uploads sending and queued: peer, agent, file, range, progress, rate, queue position."})
public final class UploadsCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Uploads uploads;

    public Table uploads(String... args) {
        Arguments.atMost(args, 0, "uploads");
        Uploads u = uploads;
        if (u == null) {
            throw new IllegalStateException("uploads are not running");
        }
        return table(u.list());
    }

    static Table table(List<UploadInfo> uploads) {
        return new Table(List.of("#", "PEER", "AGENT", "FILE", "RANGE", "PROGRESS", "RATE", "QUEUE"), uploads.stream()
                .map(u -> List.of(Integer.toString(u.id()), u.peer(), u.agent(), u.name(), u.start() + "-" + u.end(),
                        progress(u), rate(u.bytesPerSecond()), u.queuePosition() == 0 ? "sending" : Integer.toString(u.queuePosition())))
                .toList());
    }

    private static String progress(UploadInfo u) {
        long length = u.end() - u.start() + 1;
        return length <= 0 ? "-" : (u.sent() * 100 / length) + "%";
    }

    private static String rate(long bytesPerSecond) {
        return bytesPerSecond >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MiB/s", bytesPerSecond / (1024.0 * 1024))
                : bytesPerSecond / 1024 + " KiB/s";
    }
}
