/** The host cache's private implementation: the bounded table, its file, the component. */
package org.filbert.hostcache.impl;
