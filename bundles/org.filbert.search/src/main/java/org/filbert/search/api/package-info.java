/**
 * The user's searches as user interfaces and extensions see them: starting, stopping and
 * listing searches ({@link org.filbert.search.api.Searches}), their results grouped by
 * SHA-1 with the sources downloads start from ({@link org.filbert.search.api.Result}),
 * and the whiteboard through which extensions filter results
 * ({@link org.filbert.search.api.ResultFilter}).
 */
@Export
@Version("1.0.0")
package org.filbert.search.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
