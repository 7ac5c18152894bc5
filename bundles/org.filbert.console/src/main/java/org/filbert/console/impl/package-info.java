/**
 * The console server's private implementation: the listener on 127.0.0.1, one Gogo
 * session per client, output capped, and the port and token files for clients.
 */
package org.filbert.console.impl;
