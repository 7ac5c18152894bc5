/** The search bundle's implementation: searches, hit grouping, filters. Private. */
package org.filbert.search.impl;
