/**
 * The transport's private implementation: the listener on the shared TCP/UDP port and
 * the recognition of what an incoming TCP connection opens with.
 */
package org.filbert.transport.impl;
