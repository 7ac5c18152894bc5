/**
 * What searches hand to downloads: where a file can be fetched from ({@link org.filbert.api.transfer.FileSource})
 * and magnet links ({@link org.filbert.api.transfer.Magnet}).
 */
@Export
@Version("1.1.0")
package org.filbert.api.transfer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
