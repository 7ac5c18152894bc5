/**
 * The node's shared files as user interfaces see them ({@link org.filbert.library.api.Library}),
 * and folders other bundles have it share ({@link org.filbert.library.api.SharedFolderSource}).
 */
@Export
@Version("1.3.0")
package org.filbert.library.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
