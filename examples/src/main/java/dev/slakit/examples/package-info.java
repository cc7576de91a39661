/** Runnable examples, one scenario per class. */
package dev.slakit.examples;
