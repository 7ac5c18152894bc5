/**
 * Dynamic querying as user interfaces see it: the queries being sent, or recently sent,
 * one ultrapeer at a time ({@link org.filbert.dq.api.DynamicQueries}).
 */
@Export
@Version("1.0.0")
package org.filbert.dq.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
