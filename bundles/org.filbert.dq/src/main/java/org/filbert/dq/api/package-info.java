/**
 * Dynamic querying as user interfaces see it: the queries being sent, or recently sent,
 * one ultrapeer at a time ({@link org.filbert.dq.api.DynamicQueries}); and how the node's
 * searches tell it the results they kept ({@link org.filbert.dq.api.KeptResults}).
 */
@Export
@Version("1.1.0")
package org.filbert.dq.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
