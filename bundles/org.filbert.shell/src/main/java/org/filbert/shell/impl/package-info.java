/**
 * The shell's private implementation: Filbert's Gogo commands and the converter that
 * formats their results.
 */
package org.filbert.shell.impl;
