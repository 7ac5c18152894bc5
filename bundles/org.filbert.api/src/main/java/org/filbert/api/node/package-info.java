/**
 * The node itself: its identity, configured mode, data directory and lifetime.
 */
@Export
@Version("1.1.0")
package org.filbert.api.node;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
