/**
 * Push proxies both ways: as an ultrapeer we proxy pushes for the leaves that asked (LIME/21,
 * answered with LIME/22), as a firewalled leaf we keep the ultrapeers that acknowledged our
 * request, for our hits' GGEP {@code PUSH}.
 */
package org.filbert.transfer.impl.proxy;
