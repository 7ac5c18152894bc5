/**
 * The node's shared files as user interfaces see them ({@link org.filbert.library.api.Library}).
 */
@Export
@Version("1.2.0")
package org.filbert.library.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
