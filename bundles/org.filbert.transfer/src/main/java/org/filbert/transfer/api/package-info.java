/**
 * Transfers for user interfaces: {@link org.filbert.transfer.api.Downloads} (start from a
 * search result or a magnet, list, cancel) and {@link org.filbert.transfer.api.Uploads}.
 */
@Export
@Version("1.0.0")
package org.filbert.transfer.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
