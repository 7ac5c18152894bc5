/**
 * The node bundle's private implementation: {@code NodeInfo}, the launcher-flag
 * configuration overlay, and the log sink that writes the log file and the console.
 */
package org.filbert.node.impl;
