/** The 'qrp' routing strategy's private implementation. */
package org.filbert.routing.qrp.impl;
