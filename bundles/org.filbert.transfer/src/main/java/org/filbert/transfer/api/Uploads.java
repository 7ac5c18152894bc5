package org.filbert.transfer.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The uploads being served and queued. Provided by the transfer bundle; thread-safe. */
@ProviderType
public interface Uploads {

    /** Current uploads (sending first, then queued in queue order). */
    List<UploadInfo> list();
}
