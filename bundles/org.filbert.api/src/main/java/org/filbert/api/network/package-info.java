/**
 * A read-only view of the node's network presence: where it listens and how many
 * peers it holds, for user interfaces and monitoring.
 */
@Export
@Version("1.4.0")
package org.filbert.api.network;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
