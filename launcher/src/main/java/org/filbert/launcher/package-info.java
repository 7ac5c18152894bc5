/**
 * The launcher: parses {@code ./filbert}'s command line, boots Felix with the resolved
 * bundles (or, for {@code exec} and {@code shell}, talks to a running node's console).
 */
package org.filbert.launcher;
