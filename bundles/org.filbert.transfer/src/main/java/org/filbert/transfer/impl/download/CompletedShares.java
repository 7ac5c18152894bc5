package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.SharedFolderSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The folder finished downloads go to, offered to the library as a shared folder while the
 * downloads' {@code shareCompleted} is on (the default): what the node finished, it shares,
 * and the swarm grows. Off, it offers nothing (the user may still share the folder). Reads
 * the downloads' configuration ({@link DownloadComponent#PID}). Immutable; thread-safe.
 */
@Component(service = SharedFolderSource.class, configurationPid = DownloadComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class CompletedShares implements SharedFolderSource {

    private final List<Path> folders;

    @Activate
    public CompletedShares(DownloadConfig config, @Reference NodeInfo node) throws IOException {
        this.folders = config.shareCompleted() ? List.of(DownloadFolders.complete(config, node.dataDirectory())) : List.of();
    }

    @Override
    public List<Path> folders() {
        return folders;
    }

    @Override
    public String sharedBy() {
        return "finished downloads (shareCompleted = false in " + DownloadComponent.PID + " stops it)";
    }
}
