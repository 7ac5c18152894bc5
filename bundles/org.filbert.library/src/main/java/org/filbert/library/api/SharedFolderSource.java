package org.filbert.library.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Folders to share besides the user's, offered by another bundle as a service (a whiteboard
 * the library follows): each is shared with its subfolders for as long as the service is
 * registered, e.g. the folder finished downloads go to. They are not saved with the user's
 * shared folders (the service is their record) and the user cannot unshare them; the library
 * says who shares them instead. The folders a service names stay the same while it is
 * registered. Implemented by other bundles; thread-safe.
 */
@ConsumerType
public interface SharedFolderSource {

    /** The folders to share; may be empty. */
    List<Path> folders();

    /** Who shares them and how that stops, in a few words for the user. */
    String sharedBy();
}
